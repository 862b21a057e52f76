package org.millwright.inference.internal.chat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * An Ollama server found at start-up when no chat provider is configured: asks {@code
 * GET {url}/api/tags} once, in the background, and keeps the model to use (the preferred one when
 * set, else the first listed).
 */
public final class LocalOllama {

    private static final Logger log = LoggerFactory.getLogger(LocalOllama.class);
    private final String url;
    private final String preferredModel;
    private final Duration timeout;
    private final JsonMapper json;
    private volatile String detectedModel;

    public LocalOllama(String url, String preferredModel, Duration timeout, JsonMapper json) {
        this.url = trimmed(url);
        this.preferredModel = preferredModel == null ? "" : preferredModel.strip();
        this.timeout = timeout;
        this.json = json;
    }

    /** Looks for the server on a virtual thread; start-up does not wait for it. */
    public Thread detectInBackground() {
        return Thread.ofVirtual().name("ollama-detection").start(this::detect);
    }

    /** Asks the server for its models and keeps the one to use; false when none answered. */
    public boolean detect() {
        try (HttpClient http = HttpClient.newBuilder().connectTimeout(timeout).build()) {
            HttpResponse<String> response = http.send(
                    HttpRequest.newBuilder(URI.create(url + "/api/tags"))
                            .timeout(timeout)
                            .GET()
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                log.info("No local Ollama chat model: {} answered HTTP {}", url, response.statusCode());
                return false;
            }
            List<String> models = models(response.body());
            if (models.isEmpty()) {
                log.info("Ollama at {} has no models; chat stays off until one is pulled or configured", url);
                return false;
            }
            String chosen = preferredModel.isEmpty() ? models.getFirst() : preferredModel;
            if (!preferredModel.isEmpty() && !models.contains(preferredModel)) {
                log.warn("Ollama at {} does not list the configured model {} (it lists {})", url, chosen, models);
            }
            detectedModel = chosen;
            log.info("Chat model detected: Ollama at {} with model {}", url, chosen);
            return true;
        } catch (java.io.IOException | RuntimeException e) {
            log.info("No local Ollama at {} ({}); chat is off until a model is configured", url, e.toString());
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** The model found, if any. */
    public Optional<String> model() {
        return Optional.ofNullable(detectedModel);
    }

    public String url() {
        return url;
    }

    private List<String> models(String body) {
        List<String> names = new ArrayList<>();
        try {
            JsonNode list = json.readTree(body).path("models");
            for (JsonNode model : list) {
                String name = model.path("name").asString("");
                if (name.isBlank()) {
                    name = model.path("model").asString("");
                }
                if (!name.isBlank()) {
                    names.add(name);
                }
            }
        } catch (JacksonException e) {
            log.info("Ollama at {} answered a malformed model list", url);
        }
        return names;
    }

    private static String trimmed(String url) {
        String u = url.strip();
        while (u.endsWith("/")) {
            u = u.substring(0, u.length() - 1);
        }
        return u;
    }
}
