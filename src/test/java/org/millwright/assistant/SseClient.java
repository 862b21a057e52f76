package org.millwright.assistant;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Stream;

/**
 * Reads {@code POST /api/v1/assistant/ask/stream} line by line as it arrives, noting when each
 * event was complete (a blank line ends it), so tests can tell streamed from buffered answers.
 */
public final class SseClient {

    private static final HttpClient CLIENT =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private SseClient() {}

    /** One event: its name, its data (the {@code data:} lines without their first space, joined by
     * {@code \n}) and {@link System#nanoTime()} when its closing blank line arrived. */
    public record Event(String name, String data, long nanos) {}

    /** The response: status, when the request was sent, and its events in order. */
    public record Received(int status, long sentNanos, List<Event> events) {

        public List<Event> named(String name) {
            return events.stream().filter(e -> e.name().equals(name)).toList();
        }

        public String tokens() {
            return String.join("", named("token").stream().map(Event::data).toList());
        }
    }

    /** Posts {@code body} (JSON) with the API key and reads the whole event stream. */
    public static Received ask(int port, String apiKey, String body) {
        HttpRequest request = HttpRequest.newBuilder(
                        URI.create("http://localhost:" + port + "/api/v1/assistant/ask/stream"))
                .header("X-API-Key", apiKey)
                .header("Content-Type", "application/json")
                .header("Accept", "text/event-stream")
                .timeout(Duration.ofSeconds(60))
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build();
        long sent = System.nanoTime();
        try {
            HttpResponse<Stream<String>> response = CLIENT.send(request, HttpResponse.BodyHandlers.ofLines());
            List<Event> events = new ArrayList<>();
            try (Stream<String> lines = response.body()) {
                String name = "message";
                List<String> data = new ArrayList<>();
                Iterator<String> it = lines.iterator();
                while (it.hasNext()) {
                    String line = it.next();
                    if (line.isEmpty()) {
                        if (!data.isEmpty() || !name.equals("message")) {
                            events.add(new Event(name, String.join("\n", data), System.nanoTime()));
                        }
                        name = "message";
                        data = new ArrayList<>();
                    } else if (line.startsWith("event:")) {
                        name = line.substring(6).strip();
                    } else if (line.startsWith("data:")) {
                        String value = line.substring(5);
                        data.add(value.startsWith(" ") ? value.substring(1) : value);
                    }
                }
                if (!data.isEmpty()) {
                    events.add(new Event(name, String.join("\n", data), System.nanoTime()));
                }
            }
            return new Received(response.statusCode(), sent, events);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
