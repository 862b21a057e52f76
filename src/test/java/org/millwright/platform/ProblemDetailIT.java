package org.millwright.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.millwright.support.Api;
import org.millwright.support.IntegrationTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.test.context.TestPropertySource;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import tools.jackson.databind.JsonNode;

/** Every error on Millwright's own API is an RFC 9457 problem, in the caller's language. */
@TestPropertySource(
        properties = {
            "millwright.limits.max-json-body=2KB",
            "spring.servlet.multipart.max-file-size=4KB",
            "spring.servlet.multipart.max-request-size=8KB"
        })
class ProblemDetailIT extends IntegrationTest {

    @Test
    void validationNamesEachOffendingFieldInSpanishOrEnglish() {
        var english = admin.post("/api/v1/sites", Map.of("code", "bad code!", "name", ""));
        assertProblem(english, 400, "validation");
        assertThat(fields(english.json())).contains("code", "name", "timeZone");
        var spanish = admin.spanish().post("/api/v1/sites", Map.of("code", "bad code!", "name", ""));
        assertThat(spanish.json().get("title").asString()).isEqualTo("Solicitud inválida");
        assertThat(spanish.json().get("detail").asString()).isEqualTo("3 campos no son válidos.");
    }

    @Test
    void malformedJsonAndWrongTypesAre400() {
        assertProblem(admin.send("POST", "/api/v1/sites", "{not json", "application/json"), 400, "malformed");
        var wrongEnum = admin.post("/api/v1/admin/api-keys", Map.of("name", "k", "role", "EMPEROR"));
        assertProblem(wrongEnum, 400, "malformed");
        assertThat(fields(wrongEnum.json())).containsExactly("role");
        assertProblem(admin.get("/api/v1/sites/not-a-uuid"), 400, "validation");
        assertProblem(admin.get("/api/v1/sites?size=5000"), 400, "validation");
    }

    @Test
    void unauthenticatedIs401AndWrongRoleIs403() {
        var none = anonymous.get("/api/v1/sites");
        assertProblem(none, 401, "unauthorized");
        assertThat(none.header("WWW-Authenticate")).startsWith("Bearer");
        assertProblem(anonymous.withKey("wrong-key-0123456789-0123456789").get("/api/v1/sites"), 401, "unauthorized");
        assertProblem(anonymous.withBearer("a.b.c").get("/api/v1/sites"), 401, "unauthorized");
        String operatorKey = admin.post("/api/v1/admin/api-keys", Map.of("name", "op", "role", "OPERATOR"))
                .json()
                .get("value")
                .asString();
        Api operator = anonymous.withKey(operatorKey);
        assertThat(operator.get("/api/v1/sites").status()).isEqualTo(200);
        assertProblem(
                operator.post("/api/v1/sites", Map.of("code", "X", "name", "x", "timeZone", "UTC")), 403, "forbidden");
        assertProblem(operator.spanish().get("/api/v1/admin/users"), 403, "forbidden");
    }

    @Test
    void notFoundMethodNotAllowedConflictAndUnsupportedMediaType() {
        var missing = admin.spanish().get("/api/v1/sites/00000000-0000-0000-0000-00000000abcd");
        assertProblem(missing, 404, "not-found");
        assertThat(missing.json().get("detail").asString()).startsWith("La planta 00000000-");
        assertProblem(admin.get("/api/v1/no-such-route"), 404, "not-found");
        var method = admin.send("PATCH", "/api/v1/sites", "{}", "application/json");
        assertProblem(method, 405, "method-not-allowed");
        assertThat(method.header("Allow")).contains("GET").contains("POST");
        var site = Map.of("code", "DUP", "name", "Dup", "timeZone", "UTC");
        admin.post("/api/v1/sites", site);
        assertProblem(admin.post("/api/v1/sites", site), 409, "conflict");
        assertProblem(admin.send("POST", "/api/v1/sites", "code=x", "text/plain"), 415, "unsupported-media-type");
        var zone = admin.post("/api/v1/sites", Map.of("code", "ZZ", "name", "z", "timeZone", "Mars/Olympus"));
        assertProblem(zone, 400, "validation");
    }

    @Test
    void bodiesAndUploadsOverTheLimitAre413() throws Exception {
        String big = "{\"code\":\"" + "x".repeat(4000) + "\"}";
        assertProblem(admin.send("POST", "/api/v1/sites", big, "application/json"), 413, "payload-too-large");
        var chunked = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/sites"))
                                .header("X-API-Key", ADMIN_KEY)
                                .header("Content-Type", "application/json")
                                .POST(HttpRequest.BodyPublishers.ofInputStream(
                                        () -> new java.io.ByteArrayInputStream(big.getBytes())))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        assertThat(chunked.statusCode()).isEqualTo(413);
        String boundary = "----mw";
        String multipart = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.bin\"\r\n"
                + "Content-Type: application/octet-stream\r\n\r\n" + "y".repeat(6000) + "\r\n--" + boundary + "--\r\n";
        var upload = admin.send("POST", "/api/v1/test/upload", multipart, "multipart/form-data; boundary=" + boundary);
        assertProblem(upload, 413, "payload-too-large");
    }

    @Test
    void unexpectedErrorsAre500WithACorrelationIdAndNoInternalMessage() {
        var response = admin.withHeader("X-Request-Id", "trace-42").post("/api/v1/test/boom", null);
        assertProblem(response, 500, "internal");
        assertThat(response.text()).doesNotContain("secret internal detail").contains("trace-42");
        assertThat(response.header("X-Request-Id")).isEqualTo("trace-42");
    }

    static void assertProblem(Api.Response response, int status, String slug) {
        assertThat(response.status()).as(response.toString()).isEqualTo(status);
        assertThat(response.header("Content-Type")).startsWith("application/problem+json");
        JsonNode body = response.json();
        assertThat(body.get("type").asString()).isEqualTo("urn:millwright:problem:" + slug);
        assertThat(body.get("status").asInt()).isEqualTo(status);
        assertThat(body.get("title").asString()).isNotBlank();
        assertThat(body.get("detail").asString()).isNotBlank();
        assertThat(body.get("requestId").asString()).isNotBlank();
    }

    private static java.util.List<String> fields(JsonNode problem) {
        return problem.get("errors")
                .valueStream()
                .map(e -> e.get("field").asString())
                .toList();
    }

    @TestConfiguration
    static class FailingRoutes {
        @Bean
        TestController testController() {
            return new TestController();
        }
    }

    @RestController
    @RequestMapping("/api/v1/test")
    static class TestController {
        @PostMapping("/boom")
        String boom() {
            throw new IllegalStateException("secret internal detail");
        }

        @PostMapping("/upload")
        long upload(@RequestParam("file") MultipartFile file) {
            return file.getSize();
        }
    }
}
