package org.relman.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The demo CMDB on the default file database: seeded once through REST, kept across restarts. */
class DemoDataIT {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dataDir;

    @Test
    void firstStartSeedsADozenItemsAndARestartKeepsThemAsTheyAre() throws Exception {
        SandboxOptions options = SandboxOptions.defaults().withPort(0).withDataDir(dataDir);

        List<String> firstKeys;
        try (Sandbox first = Sandbox.start(options)) {
            firstKeys = keys(first);
            assertThat(first.notes()).anySatisfy(n -> assertThat(n).contains("12 configuration items created"));
            JsonNode server = JSON.readTree(SandboxClient.forScripts(first.baseUrl())
                    .get("/rest/relman/1.0/cmdb/items/SRV-APP-PROD-01", "rita").body());
            assertThat(server.path("createdBy").asText()).isEqualTo("connie");
            assertThat(server.path("type").asText()).isEqualTo("server");
        }
        assertThat(firstKeys).hasSize(12).contains("APP-CRM", "DB-ORDERS", "SVC-PAYMENTS", "APP-CRM-TEST");

        try (Sandbox second = Sandbox.start(options)) {
            assertThat(keys(second)).containsExactlyInAnyOrderElementsOf(firstKeys);
            assertThat(second.notes()).anySatisfy(n -> assertThat(n).contains("already has items"));
        }
    }

    @Test
    void noDemoDataLeavesTheCmdbEmpty() throws Exception {
        try (Sandbox sandbox = Sandbox.start(SandboxOptions.defaults().withPort(0).withDataDir(dataDir).withDemoData(false))) {
            assertThat(keys(sandbox)).isEmpty();
        }
    }

    private static List<String> keys(Sandbox sandbox) throws Exception {
        String body = SandboxClient.forScripts(sandbox.baseUrl()).get("/rest/relman/1.0/cmdb/items?limit=100", "rob").body();
        return JSON.readTree(body).findValuesAsText("key");
    }
}
