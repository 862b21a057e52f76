package org.millwright.assistant.web;

import jakarta.annotation.PreDestroy;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.millwright.assistant.internal.answer.AskAnswer;
import org.millwright.assistant.internal.answer.AskPipeline;
import org.millwright.assistant.internal.answer.Citation;
import org.millwright.platform.error.InvalidRequestException;
import org.millwright.platform.security.MillwrightPrincipal;
import org.millwright.platform.web.Locales;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.server.ServerHttpRequest;
import org.springframework.http.server.ServerHttpResponse;
import org.springframework.http.server.ServletServerHttpRequest;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;
import org.springframework.web.socket.CloseStatus;
import org.springframework.web.socket.TextMessage;
import org.springframework.web.socket.WebSocketHandler;
import org.springframework.web.socket.WebSocketSession;
import org.springframework.web.socket.handler.ConcurrentWebSocketSessionDecorator;
import org.springframework.web.socket.handler.TextWebSocketHandler;
import org.springframework.web.socket.server.HandshakeInterceptor;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code /api/v1/assistant/ws}: the client sends a question as a JSON text frame (the body of
 * {@code /ask}, plus an optional {@code id} echoed in every answer frame); the server answers with
 * JSON frames {@code {type: token, text}}, {@code {type: citations, citations}}, {@code {type:
 * done, answer}} or {@code {type: error, problem}} (and {@code {type: reset}} when a failed model's
 * tokens are to be dropped). The handshake is an ordinary API request: Spring Security
 * authenticates it (API key, bearer token, or {@code ?access_token=} with a JWT on this path
 * only); every question then acts as that caller in its tenant.
 */
@Component
class AskWebSocket extends TextWebSocketHandler implements HandshakeInterceptor {

    static final String PATH = "/api/v1/assistant/ws";
    private static final Logger log = LoggerFactory.getLogger(AskWebSocket.class);
    private static final String LOCALE = "millwright.locale";
    private static final int SEND_TIME_LIMIT_MS = 30_000;
    private static final int SEND_BUFFER = 512 * 1024;
    private final AskPipeline pipeline;
    private final StreamProblems problems;
    private final JsonMapper json;
    private final ExecutorService workers = Executors.newVirtualThreadPerTaskExecutor();
    private final Map<String, WebSocketSession> senders = new ConcurrentHashMap<>();

    AskWebSocket(AskPipeline pipeline, StreamProblems problems, JsonMapper json) {
        this.pipeline = pipeline;
        this.problems = problems;
        this.json = json;
    }

    /** Lets the handshake through only for a tenant user or key (Spring Security has authenticated it). */
    @Override
    public boolean beforeHandshake(
            ServerHttpRequest request,
            ServerHttpResponse response,
            WebSocketHandler handler,
            Map<String, Object> attributes) {
        if (!(request.getPrincipal() instanceof Authentication auth)
                || !(auth.getPrincipal() instanceof MillwrightPrincipal p)
                || p.role() == null
                || p.tenantId() == null) {
            response.setStatusCode(HttpStatus.FORBIDDEN);
            return false;
        }
        if (request instanceof ServletServerHttpRequest servlet) {
            attributes.put(LOCALE, Locales.resolve(servlet.getServletRequest()));
        }
        return true;
    }

    @Override
    public void afterHandshake(
            ServerHttpRequest request, ServerHttpResponse response, WebSocketHandler handler, Exception exception) {}

    @Override
    public void afterConnectionEstablished(WebSocketSession session) {
        senders.put(session.getId(), new ConcurrentWebSocketSessionDecorator(session, SEND_TIME_LIMIT_MS, SEND_BUFFER));
    }

    @Override
    public void afterConnectionClosed(WebSocketSession session, CloseStatus status) {
        senders.remove(session.getId());
    }

    @Override
    protected void handleTextMessage(WebSocketSession session, TextMessage message) {
        Authentication auth = (Authentication) session.getPrincipal();
        MillwrightPrincipal caller = (MillwrightPrincipal) auth.getPrincipal();
        Locale locale = (Locale) session.getAttributes().getOrDefault(LOCALE, Locale.ENGLISH);
        WebSocketSession out = senders.getOrDefault(session.getId(), session);
        CallerScope scope = new CallerScope(auth, caller.tenantId(), locale);
        String payload = message.getPayload();
        workers.submit(() -> scope.run(() -> ask(out, payload, locale)));
    }

    private void ask(WebSocketSession out, String payload, Locale locale) {
        String id = null;
        try {
            Map<?, ?> raw = json.readValue(payload, Map.class);
            id = raw.get("id") == null ? null : raw.get("id").toString();
            AskBody body = json.convertValue(raw, AskBody.class);
            AskPipeline.PreparedAsk prepared = pipeline.prepare(body.toRequest(), locale);
            FrameListener listener = new FrameListener(out, id);
            AskAnswer answer = pipeline.answer(prepared, listener);
            listener.send(frame("done", id, "answer", answer));
            pipeline.remember(prepared);
        } catch (JacksonException | IllegalArgumentException e) {
            var malformed = new InvalidRequestException("error.malformed-body");
            sendQuietly(out, frame("error", id, "problem", problems.of(malformed, locale, PATH)));
        } catch (RuntimeException e) {
            sendQuietly(out, frame("error", id, "problem", problems.of(e, locale, PATH)));
        }
    }

    private Map<String, Object> frame(String type, String id, String key, Object value) {
        Map<String, Object> frame = new LinkedHashMap<>();
        frame.put("type", type);
        if (id != null) {
            frame.put("id", id);
        }
        if (key != null) {
            frame.put(key, value);
        }
        return frame;
    }

    private void sendQuietly(WebSocketSession out, Map<String, Object> frame) {
        try {
            if (out.isOpen()) {
                out.sendMessage(new TextMessage(json.writeValueAsString(frame)));
            }
        } catch (IOException | RuntimeException e) {
            log.debug("Could not send a frame to WebSocket {}: {}", out.getId(), e.toString());
        }
    }

    @PreDestroy
    void stop() {
        workers.shutdownNow();
    }

    /** Sends each piece of the answer as a frame; a closed socket stops the sending, not the answer. */
    private final class FrameListener implements AskPipeline.Listener {

        private final WebSocketSession out;
        private final String id;

        FrameListener(WebSocketSession out, String id) {
            this.out = out;
            this.id = id;
        }

        @Override
        public void token(String text) {
            send(frame("token", id, "text", text));
        }

        @Override
        public void reset() {
            send(frame("reset", id, null, null));
        }

        @Override
        public void citations(List<Citation> citations) {
            send(frame("citations", id, "citations", citations));
        }

        void send(Map<String, Object> frame) {
            sendQuietly(out, frame);
        }
    }
}
