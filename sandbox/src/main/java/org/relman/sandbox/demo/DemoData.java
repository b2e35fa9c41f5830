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
import java.util.List;

/**
 * Seeds the demo CMDB through the plugin's own REST API, over HTTP, as Connie the configuration
 * manager, never by writing tables: demo data meets the same validation and permission checks as
 * anything a user types. Runs only while the CMDB is empty, so restarts, and items a user deleted,
 * stay as they are.
 */
public final class DemoData {

    static final String ITEMS_RESOURCE = "demo/cmdb-items.json";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private final String itemsUrl;
    private final String authorization;

    /** @param restBaseUrl e.g. {@code http://localhost:2990/jira/rest/relman/1.0} */
    public DemoData(String restBaseUrl, String username, String password) {
        this.itemsUrl = restBaseUrl + "/cmdb/items";
        this.authorization = "Basic " + Base64.getEncoder()
                .encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    /** What seeding did, in words for the start-up log. */
    public record Outcome(int created, List<String> failures, String summary) {
    }

    public Outcome seed() {
        HttpResponse<String> existing = send(HttpRequest.newBuilder(URI.create(itemsUrl + "?limit=1")).GET());
        if (existing.statusCode() == 404) {
            return new Outcome(0, List.of(), "no demo data: the plugin serves no CMDB API at " + itemsUrl);
        }
        if (existing.statusCode() != 200) {
            return new Outcome(0, List.of("GET " + itemsUrl + " answered " + existing.statusCode() + ": " + existing.body()),
                    "no demo data: could not read the CMDB");
        }
        if (parse(existing.body()).size() > 0) {
            return new Outcome(0, List.of(), "demo data: the CMDB already has items, left as they are");
        }
        int created = 0;
        List<String> failures = new ArrayList<>();
        for (JsonNode item : items()) {
            HttpResponse<String> response = send(HttpRequest.newBuilder(URI.create(itemsUrl))
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(item.toString(), StandardCharsets.UTF_8)));
            if (response.statusCode() == 201) {
                created++;
            } else if (response.statusCode() != 409) {
                failures.add(item.path("key").asText() + ": " + response.statusCode() + " " + response.body());
            }
        }
        return new Outcome(created, failures, "demo data: " + created + " configuration items created as the"
                + " configuration manager through " + itemsUrl);
    }

    static List<JsonNode> items() {
        try (InputStream in = DemoData.class.getClassLoader().getResourceAsStream(ITEMS_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(ITEMS_RESOURCE + " is missing from the sandbox jar");
            }
            List<JsonNode> items = new ArrayList<>();
            JSON.readTree(in).forEach(items::add);
            return items;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return http.send(request.header("Authorization", authorization).header("Accept", "application/json")
                    .timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("Seeding demo data over " + itemsUrl + " failed: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while seeding demo data", e);
        }
    }

    private static JsonNode parse(String body) {
        try {
            JsonNode node = JSON.readTree(body);
            return node.isArray() ? node : node.path("items");
        } catch (IOException e) {
            throw new UncheckedIOException("The CMDB list is not JSON: " + body, e);
        }
    }
}
