package org.millwright.assistant.internal.answer;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.millwright.assistant.internal.AssistantSettings;
import org.millwright.assistant.internal.LimitSettings;
import org.millwright.platform.error.TooManyRequestsException;
import org.millwright.platform.security.MillwrightPrincipal;
import org.millwright.platform.web.RateLimiter;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * The assistant's own limits on questions, on top of the platform's request limits: one question
 * per conversation every {@code limits.per-session-interval} (a conversation's first question always
 * passes), and {@code limits.per-user-per-minute} / {@code limits.per-tenant-per-minute}
 * questions. A refusal is a 429 with {@code Retry-After}. The counts live in this node's memory.
 */
@Component
public class AskLimits {

    private static final int MAX_KEYS = 50_000;
    private final LimitSettings settings;
    private final RateLimiter perUser;
    private final RateLimiter perTenant;
    private final Map<UUID, Instant> lastQuestion;
    private final Clock clock;

    @Autowired
    AskLimits(AssistantSettings settings, Clock clock) {
        this(settings.limits(), clock);
    }

    AskLimits(LimitSettings settings, Clock clock) {
        this.settings = settings;
        this.clock = clock;
        this.perUser = new RateLimiter(settings::perUserPerMinute, MAX_KEYS);
        this.perTenant = new RateLimiter(settings::perTenantPerMinute, MAX_KEYS);
        this.lastQuestion = Collections.synchronizedMap(new LinkedHashMap<>(256, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<UUID, Instant> eldest) {
                return size() > MAX_KEYS;
            }
        });
    }

    /**
     * Counts a question of {@code caller}, in conversation {@code conversationId} (null for a new
     * one), or refuses it.
     *
     * @throws TooManyRequestsException when a limit is reached
     */
    public void acquire(MillwrightPrincipal caller, UUID conversationId) {
        Instant now = clock.instant();
        Instant previous = conversationId == null ? null : takeSessionTurn(conversationId, now);
        try {
            consume(perUser, caller.rateKey(), "error.assistant.user-rate");
            if (caller.tenantId() != null) {
                consume(perTenant, caller.tenantId().toString(), "error.assistant.tenant-rate");
            }
        } catch (TooManyRequestsException e) {
            if (conversationId != null) {
                restore(conversationId, previous);
            }
            throw e;
        }
    }

    /** Refuses a question in a conversation asked less than the interval ago, else notes it; returns the last one. */
    private Instant takeSessionTurn(UUID conversationId, Instant now) {
        Duration interval = settings.perSessionInterval();
        synchronized (lastQuestion) {
            Instant last = lastQuestion.get(conversationId);
            if (last != null && last.plus(interval).isAfter(now)) {
                Duration wait = Duration.between(now, last.plus(interval));
                throw new TooManyRequestsException(
                        "error.assistant.session-rate", wait, seconds(interval), seconds(wait));
            }
            lastQuestion.put(conversationId, now);
            return last;
        }
    }

    private void restore(UUID conversationId, Instant previous) {
        synchronized (lastQuestion) {
            if (previous == null) {
                lastQuestion.remove(conversationId);
            } else {
                lastQuestion.put(conversationId, previous);
            }
        }
    }

    private static void consume(RateLimiter limiter, String key, String messageKey) {
        RateLimiter.Decision decision = limiter.consume(key);
        if (!decision.allowed()) {
            throw new TooManyRequestsException(
                    messageKey, Duration.ofSeconds(decision.resetSeconds()), decision.limit(), decision.resetSeconds());
        }
    }

    /** Notes that {@code conversationId} has just been asked a question. */
    public void asked(UUID conversationId) {
        lastQuestion.put(conversationId, clock.instant());
    }

    private static long seconds(Duration d) {
        return Math.max(1, (d.toMillis() + 999) / 1000);
    }
}
