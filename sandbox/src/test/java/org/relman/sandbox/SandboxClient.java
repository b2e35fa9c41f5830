package org.relman.sandbox;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/** Talks to a running sandbox over real HTTP, as a script or a browser would. */
public final class SandboxClient {

    private final String baseUrl;
    private final HttpClient http;

    private SandboxClient(String baseUrl, HttpClient http) {
        this.baseUrl = baseUrl;
        this.http = http;
    }

    /** A script's client: no cookies, does not follow redirects. */
    public static SandboxClient forScripts(String baseUrl) {
        return new SandboxClient(baseUrl, HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5))
                .followRedirects(HttpClient.Redirect.NEVER).build());
    }

    /** A browser-like client: keeps the session cookie, does not follow redirects so tests can see them. */
    public static SandboxClient withCookies(String baseUrl) {
        return new SandboxClient(baseUrl, HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5))
                .cookieHandler(new CookieManager()).followRedirects(HttpClient.Redirect.NEVER).build());
    }

    public HttpResponse<String> get(String path, String user) {
        return send(request(path, user).GET());
    }

    public HttpResponse<String> postJson(String path, String user, String json) {
        return send(request(path, user).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    public HttpResponse<String> postForm(String path, String user, Map<String, String> fields) {
        return postForm(path, user, fields, Map.of());
    }

    public HttpResponse<String> postForm(String path, String user, Map<String, String> fields, Map<String, String> headers) {
        String body = fields.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        HttpRequest.Builder request = request(path, user).header("Content-Type", "application/x-www-form-urlencoded");
        headers.forEach(request::header);
        return send(request.POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    public HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return http.send(request.timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** {@code user} logs in with HTTP Basic (password = username); null for anonymous. */
    public HttpRequest.Builder request(String path, String user) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(baseUrl + path)).header("Accept", "application/json, text/html");
        if (user != null) {
            builder.header("Authorization", "Basic " + Base64.getEncoder()
                    .encodeToString((user + ":" + user).getBytes(StandardCharsets.UTF_8)));
        }
        return builder;
    }

    public static Map<String, String> form(String... pairs) {
        Map<String, String> map = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.put(pairs[i], pairs[i + 1]);
        }
        return map;
    }
}
