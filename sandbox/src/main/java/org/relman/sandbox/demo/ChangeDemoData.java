package org.relman.sandbox.demo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Seeds the demo change management through relman's REST API as Chris the change manager: the CABs in
 * {@code demo/cabs.json} (the default CAB and the emergency CAB) and CHG-1 submitted to its CAB, so the
 * CAB panel has a round to show. Idempotent: a CAB whose name exists is left as it is, and an RFC with a
 * round is not submitted again, so restarts and what users did stay as they are.
 */
public final class ChangeDemoData {

    static final String CABS_RESOURCE = "demo/cabs.json";
    static final List<String> SUBMITTED = List.of("CHG-1");
    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private final String changeUrl;
    private final String authorization;

    /** @param restBaseUrl e.g. {@code http://localhost:2990/jira/rest/relman/1.0} */
    public ChangeDemoData(String restBaseUrl, String username, String password) {
        this.changeUrl = restBaseUrl + "/change";
        this.authorization = "Basic " + Base64.getEncoder()
                .encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    public DemoData.Outcome seed() {
        HttpResponse<String> existing = send("GET", "/cabs", null);
        if (existing.statusCode() == 404) {
            return new DemoData.Outcome(0, List.of(), "no change demo data: the plugin serves no CAB API at " + changeUrl);
        }
        if (existing.statusCode() != 200) {
            return new DemoData.Outcome(0, List.of("GET " + changeUrl + "/cabs answered " + existing.statusCode() + ": "
                    + existing.body()), "no change demo data: could not read the CABs");
        }
        Set<String> names = new HashSet<>();
        read(existing.body()).forEach(cab -> names.add(cab.path("name").asText()));
        int created = 0;
        List<String> failures = new ArrayList<>();
        for (JsonNode cab : resource(CABS_RESOURCE)) {
            if (names.contains(cab.path("name").asText())) {
                continue;
            }
            HttpResponse<String> response = send("POST", "/cabs", cab.toString());
            if (response.statusCode() == 201) {
                created++;
            } else if (response.statusCode() != 409) {
                failures.add("CAB " + cab.path("name").asText() + ": " + response.statusCode() + " " + response.body());
            }
        }
        int submitted = 0;
        for (String key : SUBMITTED) {
            HttpResponse<String> panel = send("GET", "/rfcs/" + key + "/cab-panel", null);
            if (panel.statusCode() != 200) {
                failures.add(key + ": the CAB panel answered " + panel.statusCode() + " " + panel.body());
                continue;
            }
            if (!read(panel.body()).path("round").isNull()) {
                continue;
            }
            HttpResponse<String> response = send("POST", "/rfcs/" + key + "/submit", "{}");
            if (response.statusCode() == 200) {
                submitted++;
            } else {
                failures.add(key + ": submitting answered " + response.statusCode() + " " + response.body());
            }
        }
        return new DemoData.Outcome(created + submitted, failures, "change demo data: " + created + " CABs created and "
                + submitted + " RFCs submitted as the change manager through " + changeUrl);
    }

    static List<JsonNode> resource(String name) {
        try (InputStream in = ChangeDemoData.class.getClassLoader().getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException(name + " is missing from the sandbox jar");
            }
            List<JsonNode> items = new ArrayList<>();
            JSON.readTree(in).forEach(items::add);
            return items;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static JsonNode read(String body) {
        try {
            return JSON.readTree(body);
        } catch (IOException e) {
            throw new UncheckedIOException("Not JSON: " + body, e);
        }
    }

    private HttpResponse<String> send(String method, String path, String body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(changeUrl + path))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        try {
            return http.send(request.header("Authorization", authorization).header("Accept", "application/json")
                    .timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("Seeding change demo data over " + changeUrl + " failed: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while seeding change demo data", e);
        }
    }
}
