package org.millwright.inference.internal.chat;

import dev.langchain4j.http.client.sse.ServerSentEventParsingHandle;
import dev.langchain4j.model.chat.response.ChatResponse;
import dev.langchain4j.model.chat.response.PartialResponse;
import dev.langchain4j.model.chat.response.PartialResponseContext;
import dev.langchain4j.model.chat.response.StreamingChatResponseHandler;
import dev.langchain4j.model.chat.response.StreamingHandle;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;
import org.millwright.inference.internal.resilience.Failure;
import org.millwright.inference.internal.resilience.Resilience.AttemptFailed;

/**
 * One streamed chat request: hands each piece of text to the consumer as it arrives (one at a
 * time) and waits for the end within the timeout and, once text flows, the idle timeout between
 * pieces. After a timeout the stream is cancelled and nothing more reaches the consumer.
 */
final class StreamingAttempt implements StreamingChatResponseHandler, ObservedHttpClient.StreamObserver {

    private final Consumer<String> onToken;
    private final CompletableFuture<ChatResponse> done = new CompletableFuture<>();
    private final StringBuilder text = new StringBuilder();
    private final Object lock = new Object();
    private volatile StreamingHandle handle;
    private volatile ServerSentEventParsingHandle parsing;
    private volatile long lastTokenNanos = -1;
    private boolean closed;
    private RuntimeException consumerFailure;

    StreamingAttempt(Consumer<String> onToken) {
        this.onToken = onToken;
    }

    @Override
    public void onPartialResponse(PartialResponse partial, PartialResponseContext context) {
        if (context != null) {
            handle = context.streamingHandle();
        }
        deliver(partial.text());
    }

    @Override
    public void onPartialResponse(String partial) {
        deliver(partial);
    }

    @Override
    public void onCompleteResponse(ChatResponse response) {
        done.complete(response);
    }

    @Override
    public void onError(Throwable error) {
        done.completeExceptionally(error);
    }

    @Override
    public void opened(ServerSentEventParsingHandle parsingHandle) {
        parsing = parsingHandle;
    }

    @Override
    public void unreadable(Throwable error) {
        done.completeExceptionally(new UnreadableStream("a piece of the answer could not be read", error));
    }

    @Override
    public void closed() {
        if (!done.isDone()) {
            done.completeExceptionally(new UnreadableStream("the answer ended without its final message", null));
        }
    }

    /** The stream held something that is not the protocol's. */
    static final class UnreadableStream extends RuntimeException {
        UnreadableStream(String message, Throwable cause) {
            super(message, cause);
        }
    }

    /** Text streamed so far. */
    String text() {
        synchronized (lock) {
            return text.toString();
        }
    }

    boolean delivered() {
        return lastTokenNanos >= 0;
    }

    private void deliver(String piece) {
        if (piece == null || piece.isEmpty()) {
            return;
        }
        synchronized (lock) {
            if (closed) {
                return;
            }
            text.append(piece);
            lastTokenNanos = System.nanoTime();
            try {
                onToken.accept(piece);
            } catch (RuntimeException e) {
                consumerFailure = e;
                closeLocked();
                done.completeExceptionally(e);
            }
        }
    }

    /**
     * Waits for the model to finish.
     *
     * @throws AttemptFailed on a timeout or a failure of the server
     * @throws RuntimeException what the consumer threw (the stream is cancelled then)
     */
    ChatResponse await(Duration timeout, Duration idleTimeout) throws AttemptFailed {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            long now = System.nanoTime();
            long wait = deadline - now;
            boolean idleBound = false;
            long last = lastTokenNanos;
            if (!idleTimeout.isZero() && last >= 0 && last + idleTimeout.toNanos() - now < wait) {
                wait = last + idleTimeout.toNanos() - now;
                idleBound = true;
            } else if (!idleTimeout.isZero() && last < 0) {
                // no text yet: wake up in time to bound the gap after the first piece
                wait = Math.min(wait, idleTimeout.toNanos());
            }
            if (wait <= 0) {
                close();
                throw new AttemptFailed(
                        Failure.timeout(
                                idleBound
                                        ? "no text for " + idleTimeout.toMillis() + " ms"
                                        : "no answer within " + timeout.toMillis() + " ms"),
                        text(),
                        null);
            }
            try {
                return done.get(wait, TimeUnit.NANOSECONDS);
            } catch (TimeoutException e) {
                // loop: the deadline or the idle bound is checked again
            } catch (ExecutionException e) {
                Throwable cause = e.getCause();
                synchronized (lock) {
                    if (cause == consumerFailure && consumerFailure != null) {
                        throw consumerFailure;
                    }
                }
                close();
                Failure failure = cause instanceof UnreadableStream unreadable
                        ? Failure.malformed(unreadable.getMessage()
                                + (unreadable.getCause() == null ? "" : ": " + rootMessage(unreadable.getCause())))
                        : Failure.of(cause);
                throw new AttemptFailed(failure, text(), cause);
            } catch (InterruptedException e) {
                close();
                Thread.currentThread().interrupt();
                throw new AttemptFailed(Failure.timeout("interrupted"), text(), e);
            }
        }
    }

    private static String rootMessage(Throwable error) {
        Throwable root = error;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = String.valueOf(root.getMessage());
        return message.length() > 300 ? message.substring(0, 300) : message;
    }

    private void close() {
        synchronized (lock) {
            closeLocked();
        }
    }

    private void closeLocked() {
        closed = true;
        StreamingHandle h = handle;
        if (h != null && !h.isCancelled()) {
            try {
                h.cancel();
            } catch (RuntimeException ignored) {
                // the stream ends on its own then; its text no longer reaches the consumer
            }
        }
        ServerSentEventParsingHandle p = parsing;
        if (p != null && !p.isCancelled()) {
            try {
                p.cancel();
            } catch (RuntimeException ignored) {
                // as above
            }
        }
    }
}
