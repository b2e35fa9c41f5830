package org.relman.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.relman.sandbox.SandboxClient.form;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The plugin's REST API over real HTTP, at Jira's paths, as a script sees it. */
class SandboxRestIT {

    private static final String ITEMS = "/rest/relman/1.0/cmdb/items";
    private static final ObjectMapper JSON = new ObjectMapper();

    private static Sandbox sandbox;
    private static SandboxClient client;

    @BeforeAll
    static void start() {
        sandbox = Sandbox.start(TestSandboxes.inMemory(false));
        client = SandboxClient.forScripts(sandbox.baseUrl());
    }

    @AfterAll
    static void stop() {
        if (sandbox != null) {
            sandbox.close();
        }
    }

    @Test
    void configurationManagerCreatesAnItemAndReadsItBack() throws Exception {
        HttpResponse<String> created = client.postJson(ITEMS, "connie", """
                {"key":"APP-CRM","name":"CRM application","type":"application","environment":"production",
                 "owner":"Sales Systems team","status":"active","version":"5.1.4"}""");

        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        assertThat(created.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith(ITEMS + "/APP-CRM"));
        assertThat(JSON.readTree(created.body()).path("name").asText()).isEqualTo("CRM application");

        HttpResponse<String> read = client.get(ITEMS + "/APP-CRM", "rita");
        assertThat(read.statusCode()).isEqualTo(200);
        JsonNode item = JSON.readTree(read.body());
        assertThat(item.path("key").asText()).isEqualTo("APP-CRM");
        assertThat(item.path("environment").asText()).isEqualTo("production");
        assertThat(item.path("createdBy").asText()).isEqualTo("connie");
    }

    @Test
    void missingKeyIsRefusedNamingTheKey() throws Exception {
        HttpResponse<String> response = client.postJson(ITEMS, "connie", """
                {"name":"Orders database","type":"database"}""");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(fields(response)).contains("key");
    }

    @Test
    void overlongNameIsRefusedNamingTheName() throws Exception {
        HttpResponse<String> response = client.postJson(ITEMS, "connie",
                "{\"key\":\"DB-LONG\",\"name\":\"" + "n".repeat(256) + "\",\"type\":\"database\"}");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(fields(response)).containsExactly("name");
    }

    @Test
    void malformedJsonIsAClientError() {
        HttpResponse<String> response = client.postJson(ITEMS, "connie", "{\"key\":\"X\",");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).contains("not valid JSON");
    }

    @Test
    void anonymousCallerMustLogIn() throws Exception {
        HttpResponse<String> response = client.get(ITEMS, null);

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/json"));
        assertThat(JSON.readTree(response.body()).path("message").asText()).contains("authenticated");
    }

    @Test
    void wrongBasicPasswordIsRefused() {
        HttpResponse<String> response = client.send(client.request(ITEMS, null)
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString("connie:nope".getBytes()))
                .GET());

        assertThat(response.statusCode()).isEqualTo(401);
    }

    @Test
    void requesterWithoutTheRoleCannotCreate() {
        HttpResponse<String> response = client.postJson(ITEMS, "rita", """
                {"key":"APP-RITA","name":"Rita's app","type":"application"}""");

        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(response.body()).contains("configuration manager");
        assertThat(client.get(ITEMS + "/APP-RITA", "connie").statusCode()).isEqualTo(404);
    }

    @Test
    void formPostIsRefusedAsXsrf() {
        HttpResponse<String> response = client.postForm(ITEMS, "connie", form("key", "APP-FORM", "name", "x", "type", "application"));

        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(response.body()).contains("XSRF check failed");
    }

    @Test
    void jsonPostFromAnotherSiteIsRefused() {
        HttpResponse<String> response = client.send(client.request(ITEMS, "connie")
                .header("Content-Type", "application/json").header("Origin", "https://attacker.example")
                .POST(HttpRequest.BodyPublishers.ofString("{\"key\":\"APP-EVIL\",\"name\":\"x\",\"type\":\"application\"}")));

        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(response.body()).contains("XSRF check failed");
        assertThat(client.get(ITEMS + "/APP-EVIL", "connie").statusCode()).isEqualTo(404);
    }

    @Test
    void searchFindsItemsByTypeAndEnvironment() throws Exception {
        client.postJson(ITEMS, "connie", "{\"key\":\"DB-ORDERS\",\"name\":\"Orders database\",\"type\":\"database\",\"environment\":\"production\"}");
        client.postJson(ITEMS, "connie", "{\"key\":\"DB-ORDERS-TEST\",\"name\":\"Orders database (test)\",\"type\":\"database\",\"environment\":\"test\"}");

        HttpResponse<String> response = client.get(ITEMS + "?type=database&environment=test", "rob");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(JSON.readTree(response.body()).findValuesAsText("key")).containsExactly("DB-ORDERS-TEST");
    }

    @Test
    void responsesCarryJirasHeaders() {
        HttpResponse<String> response = client.get(ITEMS, "rob");

        assertThat(response.headers().firstValue("X-AUSERNAME")).hasValue("rob");
        assertThat(response.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
    }

    private static List<String> fields(HttpResponse<String> response) throws Exception {
        return JSON.readTree(response.body()).path("errors").findValuesAsText("field");
    }
}
