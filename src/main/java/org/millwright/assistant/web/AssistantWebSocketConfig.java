package org.millwright.assistant.web;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.socket.config.annotation.EnableWebSocket;
import org.springframework.web.socket.config.annotation.WebSocketConfigurer;
import org.springframework.web.socket.config.annotation.WebSocketHandlerRegistry;

/**
 * Registers the assistant's WebSocket. Any origin may connect: a connection is authenticated by
 * the credentials it presents (API key, bearer token or {@code ?access_token=}), never by a
 * cookie, so another site's page cannot borrow a user's session.
 */
@Configuration(proxyBeanMethods = false)
@EnableWebSocket
class AssistantWebSocketConfig implements WebSocketConfigurer {

    private final AskWebSocket handler;

    AssistantWebSocketConfig(AskWebSocket handler) {
        this.handler = handler;
    }

    @Override
    public void registerWebSocketHandlers(WebSocketHandlerRegistry registry) {
        registry.addHandler(handler, AskWebSocket.PATH).addInterceptors(handler).setAllowedOriginPatterns("*");
    }
}
