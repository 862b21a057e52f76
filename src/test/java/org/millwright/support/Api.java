package org.millwright.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** A small HTTP client for the running server: real requests, JSON in and out. */
public final class Api {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final HttpClient CLIENT =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final String base;
    private final Map<String, String> headers;

    public Api(int port) {
        this("http://localhost:" + port, Map.of());
    }

    private Api(String base, Map<String, String> headers) {
        this.base = base;
        this.headers = Map.copyOf(headers);
    }

    public Api withHeader(String name, String value) {
        Map<String, String> copy = new LinkedHashMap<>(headers);
        copy.put(name, value);
        return new Api(base, copy);
    }

    public Api withKey(String apiKey) {
        return withHeader("X-API-Key", apiKey);
    }

    public Api withBearer(String token) {
        return withHeader("Authorization", "Bearer " + token);
    }

    public Api spanish() {
        return withHeader("Accept-Language", "es-CL,es;q=0.9");
    }

    public Response get(String path) {
        return send("GET", path, null, null);
    }

    public Response delete(String path) {
        return send("DELETE", path, null, null);
    }

    public Response post(String path, Object body) {
        return send("POST", path, json(body), "application/json");
    }

    public Response put(String path, Object body) {
        return send("PUT", path, json(body), "application/json");
    }

    public Response patch(String path, Object body) {
        return send("PATCH", path, json(body), "application/json");
    }

    /** A multipart/form-data POST of files (name → bytes) in parts named "files", and plain fields. */
    public Response upload(String path, Map<String, byte[]> files, Map<String, String> fields) {
        return upload(path, "files", files, fields);
    }

    /** A multipart/form-data POST of files (name → bytes) in parts named {@code part}, and plain fields. */
    public Response upload(String path, String part, Map<String, byte[]> files, Map<String, String> fields) {
        String boundary = "----millwright" + System.nanoTime();
        var out = new java.io.ByteArrayOutputStream();
        fields.forEach((name, value) -> part(
                out,
                boundary,
                "Content-Disposition: form-data; name=\"" + name + "\"",
                value.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        files.forEach((name, bytes) -> part(
                out,
                boundary,
                "Content-Disposition: form-data; name=\"" + part + "\"; filename=\"" + name
                        + "\"\r\nContent-Type: application/octet-stream",
                bytes));
        out.writeBytes(("--" + boundary + "--\r\n").getBytes(java.nio.charset.StandardCharsets.US_ASCII));
        HttpRequest.Builder request =
                HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(60));
        headers.forEach(request::header);
        request.header("Content-Type", "multipart/form-data; boundary=" + boundary);
        request.POST(HttpRequest.BodyPublishers.ofByteArray(out.toByteArray()));
        return execute(request);
    }

    private static void part(java.io.ByteArrayOutputStream out, String boundary, String headers, byte[] body) {
        out.writeBytes(
                ("--" + boundary + "\r\n" + headers + "\r\n\r\n").getBytes(java.nio.charset.StandardCharsets.UTF_8));
        out.writeBytes(body);
        out.writeBytes("\r\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
    }

    public Response send(String method, String path, String body, String contentType) {
        HttpRequest.Builder request =
                HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(30));
        headers.forEach(request::header);
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        request.method(
                method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        return execute(request);
    }

    private static Response execute(HttpRequest.Builder request) {
        try {
            HttpResponse<byte[]> response = CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
            return new Response(response.statusCode(), response.headers().map(), response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String json(Object body) {
        return body == null ? null : body instanceof String s ? s : JSON.writeValueAsString(body);
    }

    /** A response: status, headers and the body as bytes or JSON. */
    public record Response(int status, Map<String, java.util.List<String>> headers, byte[] bytes) {

        public JsonNode json() {
            return JSON.readTree(bytes);
        }

        public String text() {
            return new String(bytes, java.nio.charset.StandardCharsets.UTF_8);
        }

        public String header(String name) {
            return headers.entrySet().stream()
                    .filter(e -> e.getKey().equalsIgnoreCase(name))
                    .map(e -> e.getValue().getFirst())
                    .findFirst()
                    .orElse(null);
        }

        @Override
        public String toString() {
            return status + " " + text();
        }
    }
}
