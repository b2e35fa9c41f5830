package org.relman.sandbox.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.servlet.http.HttpServletResponse;

/** The JSON error body Jira's REST layer sends when it refuses a request before any resource runs. */
public final class JsonErrors {
    private static final ObjectMapper JSON = new ObjectMapper();

    private JsonErrors() {
    }

    public static void send(HttpServletResponse response, int status, String message) throws IOException {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("message", message);
        body.put("status-code", status);
        response.setStatus(status);
        response.setContentType("application/json;charset=UTF-8");
        response.getWriter().write(JSON.writeValueAsString(body));
    }
}
