package org.millwright.inference.internal.speech;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.millwright.inference.AudioClip;
import org.millwright.inference.internal.SpeechSettings;
import org.millwright.inference.internal.resilience.Failure;
import org.millwright.inference.internal.resilience.Resilience;
import org.millwright.inference.internal.resilience.Resilience.AttemptFailed;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Speech to text on an OpenAI-compatible server: {@code POST {baseUrl}/v1/audio/transcriptions},
 * multipart ({@code file}, {@code model}, optional {@code language}, {@code response_format=json})
 * answered with {@code {"text": ...}}; bounded by the timeout and run through {@link Resilience}.
 */
public final class SpeechGateway {

    private static final Duration MAX_CONNECT = Duration.ofSeconds(5);
    private final SpeechSettings settings;
    private final Resilience resilience;
    private final JsonMapper json;
    private final HttpClient http;

    public SpeechGateway(SpeechSettings settings, Resilience resilience, JsonMapper json) {
        this.settings = settings;
        this.resilience = resilience;
        this.json = json;
        Duration connect = settings.timeout().compareTo(MAX_CONNECT) < 0 ? settings.timeout() : MAX_CONNECT;
        this.http = HttpClient.newBuilder()
                .connectTimeout(connect)
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    /** The text and the language the server reported (null when it did not). */
    public record Heard(String text, String language) {}

    public Heard transcribe(AudioClip clip) {
        return resilience.call(settings.baseUrl(), () -> attempt(clip), () -> true);
    }

    private Heard attempt(AudioClip clip) throws AttemptFailed {
        String boundary = "millwright-" + UUID.randomUUID();
        HttpRequest.Builder request = HttpRequest.newBuilder(endpoint())
                .timeout(settings.timeout())
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body(clip, boundary)));
        if (!settings.apiKey().isBlank()) {
            request.header("Authorization", "Bearer " + settings.apiKey());
        }
        CompletableFuture<HttpResponse<String>> sent =
                http.sendAsync(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        HttpResponse<String> response;
        try {
            response = sent.get(settings.timeout().toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            sent.cancel(true);
            throw new AttemptFailed(
                    Failure.timeout(
                            "no transcription within " + settings.timeout().toMillis() + " ms"),
                    "",
                    e);
        } catch (ExecutionException e) {
            throw new AttemptFailed(Failure.of(e.getCause()), "", e.getCause());
        } catch (InterruptedException e) {
            sent.cancel(true);
            Thread.currentThread().interrupt();
            throw new AttemptFailed(Failure.timeout("interrupted"), "", e);
        }
        if (response.statusCode() / 100 != 2) {
            throw new AttemptFailed(Failure.ofStatus(response.statusCode(), response.body()), "", null);
        }
        return parse(response.body());
    }

    private Heard parse(String body) throws AttemptFailed {
        try {
            JsonNode node = json.readTree(body);
            JsonNode text = node == null ? null : node.get("text");
            if (text == null || !text.isString()) {
                throw new AttemptFailed(Failure.malformed("the transcription has no text"), "", null);
            }
            JsonNode language = node.get("language");
            return new Heard(
                    text.asString().strip(), language != null && language.isString() ? language.asString() : null);
        } catch (JacksonException e) {
            throw new AttemptFailed(Failure.malformed("malformed transcription: " + e.getOriginalMessage()), "", e);
        }
    }

    private URI endpoint() {
        String url = settings.baseUrl().strip();
        while (url.endsWith("/")) {
            url = url.substring(0, url.length() - 1);
        }
        return URI.create(url + (url.endsWith("/v1") ? "" : "/v1") + "/audio/transcriptions");
    }

    private byte[] body(AudioClip clip, String boundary) {
        var out = new ByteArrayOutputStream(clip.bytes().length + 1024);
        field(out, boundary, "model", settings.model());
        if (clip.language() != null && !clip.language().isBlank()) {
            field(out, boundary, "language", clip.language());
        }
        field(out, boundary, "response_format", "json");
        String type = clip.contentType() == null || clip.contentType().isBlank()
                ? "application/octet-stream"
                : clip.contentType();
        write(
                out,
                "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\""
                        + clip.filename().replaceAll("[\"\\r\\n\\\\]", "_") + "\"\r\nContent-Type: " + type
                        + "\r\n\r\n");
        out.writeBytes(clip.bytes());
        write(out, "\r\n--" + boundary + "--\r\n");
        return out.toByteArray();
    }

    private static void field(ByteArrayOutputStream out, String boundary, String name, String value) {
        write(
                out,
                "--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name + "\"\r\n\r\n" + value + "\r\n");
    }

    private static void write(ByteArrayOutputStream out, String text) {
        out.writeBytes(text.getBytes(StandardCharsets.UTF_8));
    }
}
