package org.millwright.inference.internal.chat;

import dev.langchain4j.exception.HttpException;
import dev.langchain4j.http.client.HttpClient;
import dev.langchain4j.http.client.HttpClientBuilder;
import dev.langchain4j.http.client.HttpRequest;
import dev.langchain4j.http.client.SuccessfulHttpResponse;
import dev.langchain4j.http.client.sse.ServerSentEvent;
import dev.langchain4j.http.client.sse.ServerSentEventContext;
import dev.langchain4j.http.client.sse.ServerSentEventListener;
import dev.langchain4j.http.client.sse.ServerSentEventParser;
import dev.langchain4j.http.client.sse.ServerSentEventParsingHandle;
import java.time.Duration;

/**
 * An HTTP client that lets the {@link StreamingAttempt} of the calling thread watch its stream:
 * LangChain4j ignores a piece it cannot parse and says nothing when a stream ends without its last
 * message, so both would only end in a timeout; watched, they fail at once as malformed. It also
 * hands over the stream's handle, so a timed-out stream is closed.
 */
final class ObservedHttpClient implements HttpClient {

    /** What a stream tells the attempt that started it. */
    interface StreamObserver {
        void opened(ServerSentEventParsingHandle handle);

        void unreadable(Throwable error);

        void closed();
    }

    private static final ThreadLocal<StreamObserver> OBSERVER = new ThreadLocal<>();
    private final HttpClient delegate;

    private ObservedHttpClient(HttpClient delegate) {
        this.delegate = delegate;
    }

    /** Runs {@code start} (which starts a stream on this thread) with {@code observer} watching it. */
    static void observing(StreamObserver observer, Runnable start) {
        OBSERVER.set(observer);
        try {
            start.run();
        } finally {
            OBSERVER.remove();
        }
    }

    @Override
    public SuccessfulHttpResponse execute(HttpRequest request) throws HttpException {
        return delegate.execute(request);
    }

    @Override
    public void execute(HttpRequest request, ServerSentEventParser parser, ServerSentEventListener listener) {
        StreamObserver observer = OBSERVER.get();
        delegate.execute(request, parser, observer == null ? listener : new Watched(listener, observer));
    }

    private record Watched(ServerSentEventListener delegate, StreamObserver observer)
            implements ServerSentEventListener {

        @Override
        public void onOpen(SuccessfulHttpResponse response) {
            delegate.onOpen(response);
        }

        @Override
        public void onEvent(ServerSentEvent event, ServerSentEventContext context) {
            if (context != null) {
                observer.opened(context.parsingHandle());
            }
            try {
                delegate.onEvent(event, context);
            } catch (RuntimeException e) {
                observer.unreadable(e);
                throw e;
            }
        }

        @Override
        public void onEvent(ServerSentEvent event) {
            try {
                delegate.onEvent(event);
            } catch (RuntimeException e) {
                observer.unreadable(e);
                throw e;
            }
        }

        @Override
        public void onError(Throwable error) {
            delegate.onError(error);
        }

        @Override
        public void onClose() {
            try {
                delegate.onClose();
            } finally {
                observer.closed();
            }
        }
    }

    /** Builds observed clients around another builder's. */
    static final class Builder implements HttpClientBuilder {
        private final HttpClientBuilder delegate;

        Builder(HttpClientBuilder delegate) {
            this.delegate = delegate;
        }

        @Override
        public Duration connectTimeout() {
            return delegate.connectTimeout();
        }

        @Override
        public HttpClientBuilder connectTimeout(Duration timeout) {
            delegate.connectTimeout(timeout);
            return this;
        }

        @Override
        public Duration readTimeout() {
            return delegate.readTimeout();
        }

        @Override
        public HttpClientBuilder readTimeout(Duration timeout) {
            delegate.readTimeout(timeout);
            return this;
        }

        @Override
        public HttpClient build() {
            return new ObservedHttpClient(delegate.build());
        }
    }
}
