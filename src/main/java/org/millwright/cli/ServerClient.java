package org.millwright.cli;

import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublisher;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The few calls of Millwright's HTTP API that ingesting needs, with the API key (and a platform
 * admin's {@code X-Tenant-Id}) on every request. A 429 is waited out ({@code Retry-After}) and
 * retried; other error answers become {@link ApiError} with the problem's {@code detail}.
 */
final class ServerClient {

    /** An answer with an error status, explained by the RFC 9457 problem's detail when it has one. */
    static final class ApiError extends Exception {
        private final int status;

        ApiError(int status, String message) {
            super(message);
            this.status = status;
        }

        int status() {
            return status;
        }

        /** The key was refused or may not do this: no later request will fare better. */
        boolean fatal() {
            return status == 401 || status == 403;
        }
    }

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final int MAX_RETRIES = 5;

    private final HttpClient http;
    private final String base;
    private final Map<String, String> headers = new LinkedHashMap<>();

    ServerClient(String base, String apiKey) {
        this.base = base;
        this.http = HttpClient.newBuilder()
                .connectTimeout(Duration.ofSeconds(10))
                .followRedirects(HttpClient.Redirect.NORMAL)
                .build();
        headers.put("X-API-Key", apiKey);
        headers.put("Accept", "application/json");
    }

    /** Acts in another tenant from now on (platform admins). */
    void tenant(String tenantId) {
        headers.put("X-Tenant-Id", tenantId);
    }

    JsonNode get(String path) throws ApiError, IOException {
        return send(HttpRequest.newBuilder(uri(path))
                .timeout(Duration.ofSeconds(30))
                .GET());
    }

    /** Every item of a paged list endpoint. */
    List<JsonNode> all(String path) throws ApiError, IOException {
        List<JsonNode> items = new ArrayList<>();
        for (int page = 0; ; page++) {
            JsonNode body = get(path + (path.contains("?") ? "&" : "?") + "size=100&page=" + page);
            body.get("items").forEach(items::add);
            if (page + 1 >= body.get("totalPages").asInt()) {
                return items;
            }
        }
    }

    /** POSTs one file (streamed from disk) and plain fields as multipart/form-data. */
    JsonNode upload(String path, Path file, String fileName, String mediaType, Map<String, String> fields)
            throws ApiError, IOException {
        String boundary = "----millwright-cli-" + Long.toHexString(System.nanoTime());
        List<BodyPublisher> parts = new ArrayList<>();
        fields.forEach((name, value) -> parts.add(BodyPublishers.ofString(
                "--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name + "\"\r\n\r\n" + value + "\r\n",
                StandardCharsets.UTF_8)));
        parts.add(BodyPublishers.ofString(
                "--" + boundary + "\r\nContent-Disposition: form-data; name=\"files\"; " + fileNameParameters(fileName)
                        + "\r\nContent-Type: " + mediaType + "\r\n\r\n",
                StandardCharsets.UTF_8));
        parts.add(BodyPublishers.ofFile(file));
        parts.add(BodyPublishers.ofString("\r\n--" + boundary + "--\r\n", StandardCharsets.US_ASCII));
        BodyPublisher body = BodyPublishers.concat(parts.toArray(BodyPublisher[]::new));
        return send(HttpRequest.newBuilder(uri(path))
                .timeout(Duration.ofMinutes(10))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(body));
    }

    /** An ASCII {@code filename} for every server and the exact name as RFC 5987 {@code filename*}. */
    static String fileNameParameters(String name) {
        StringBuilder ascii = new StringBuilder();
        name.codePoints().forEach(c -> ascii.append(c < 0x20 || c > 0x7E || c == '"' || c == '\\' ? '_' : (char) c));
        String exact = URLEncoder.encode(name, StandardCharsets.UTF_8).replace("+", "%20");
        return "filename=\"" + ascii + "\"; filename*=UTF-8''" + exact;
    }

    private URI uri(String path) {
        return URI.create(base + path);
    }

    private JsonNode send(HttpRequest.Builder request) throws ApiError, IOException {
        headers.forEach(request::header);
        HttpRequest built = request.build();
        for (int attempt = 0; ; attempt++) {
            HttpResponse<String> response;
            try {
                response = http.send(built, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            } catch (ConnectException e) {
                throw new IOException("cannot reach the server at " + base + " (is it running?)", e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException("interrupted", e);
            }
            int status = response.statusCode();
            if (status == 429 && attempt < MAX_RETRIES) {
                pause(response.headers().firstValue("Retry-After").orElse("5"));
                continue;
            }
            if (status >= 400) {
                throw new ApiError(status, problem(status, response.body()));
            }
            try {
                return response.body().isEmpty() ? JSON.missingNode() : JSON.readTree(response.body());
            } catch (JacksonException e) {
                throw new IOException("the server at " + base + " did not answer JSON: is it Millwright?", e);
            }
        }
    }

    /** The problem's detail (or title), else the status alone. */
    static String problem(int status, String body) {
        try {
            JsonNode problem = JSON.readTree(body);
            for (String field : List.of("detail", "title")) {
                JsonNode value = problem.get(field);
                if (value != null && value.isString() && !value.asString().isBlank()) {
                    return value.asString();
                }
            }
        } catch (JacksonException | IllegalArgumentException e) {
            // not JSON: the status says it
        }
        return "HTTP " + status;
    }

    private static void pause(String retryAfter) throws IOException {
        long seconds;
        try {
            seconds = Math.clamp(Long.parseLong(retryAfter.strip()), 1, 60);
        } catch (NumberFormatException e) {
            seconds = 5;
        }
        try {
            Thread.sleep(Duration.ofSeconds(seconds));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        }
    }
}
