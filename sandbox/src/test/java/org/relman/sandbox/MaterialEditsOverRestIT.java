package org.relman.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * An RFC's affected CIs are material (requirements §1.4): changing them on the submitted demo RFC CHG-1 through the
 * CMDB's REST API supersedes the open voting round and opens a new one; saving the same list again does not.
 */
class MaterialEditsOverRestIT {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String AFFECTED = "/rest/relman/1.0/cmdb/issues/CHG-1/affected-cis";
    private static final String PANEL = "/rest/relman/1.0/change/rfcs/CHG-1/cab-panel";

    private static Sandbox sandbox;
    private static SandboxClient client;

    @BeforeAll
    static void start() {
        sandbox = Sandbox.start(TestSandboxes.inMemory(true));
        client = SandboxClient.forScripts(sandbox.baseUrl());
    }

    @AfterAll
    static void stop() {
        if (sandbox != null) {
            sandbox.close();
        }
    }

    private static HttpResponse<String> setAffected(String keysJson) {
        return client.send(client.request(AFFECTED, "rita").header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString("{\"keys\":" + keysJson + "}")));
    }

    private static JsonNode panel() throws Exception {
        HttpResponse<String> response = client.get(PANEL, "rita");
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return JSON.readTree(response.body());
    }

    @Test
    void changingTheCisOfASubmittedRfcOpensANewRoundAndSavingTheSameListDoesNot() throws Exception {
        int before = panel().path("round").path("number").asInt();
        java.util.List<String> current = JSON.readTree(client.get(AFFECTED, "rita").body()).findValuesAsText("key");
        String ci = JSON.readTree(client.get("/rest/relman/1.0/cmdb/items?limit=50", "rita").body())
                .findValuesAsText("key").stream().filter(key -> !current.contains(key)).findFirst().orElseThrow();

        String list = JSON.writeValueAsString(java.util.stream.Stream.concat(current.stream(), java.util.stream.Stream.of(ci)).toList());
        HttpResponse<String> changed = setAffected(list);
        assertThat(changed.statusCode()).as(changed.body()).isEqualTo(200);
        JsonNode after = panel();
        assertThat(after.path("round").path("number").asInt()).isEqualTo(before + 1);
        assertThat(after.path("round").path("open").asBoolean()).isTrue();
        assertThat(after.path("earlierRounds").get(0).path("decision").asText()).isEqualTo("superseded");

        assertThat(setAffected(list.toLowerCase()).statusCode()).isEqualTo(200);
        assertThat(panel().path("round").path("number").asInt()).as("the same CI again is no edit").isEqualTo(before + 1);
    }
}
