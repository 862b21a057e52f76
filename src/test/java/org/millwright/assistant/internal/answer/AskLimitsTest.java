package org.millwright.assistant.internal.answer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.millwright.assistant.internal.LimitSettings;
import org.millwright.platform.error.TooManyRequestsException;
import org.millwright.platform.security.MillwrightPrincipal;
import org.millwright.platform.security.Role;

class AskLimitsTest {

    private final UUID tenant = UUID.randomUUID();
    private final MutableClock clock = new MutableClock();

    @Test
    void aConversationTakesOneQuestionPerIntervalAndItsFirstAlwaysPasses() {
        var limits = new AskLimits(new LimitSettings(Duration.ofSeconds(2), 100, 100), clock);
        var caller = user();
        UUID conversation = UUID.randomUUID();
        limits.acquire(caller, conversation);
        clock.advance(Duration.ofMillis(1500));
        assertThatThrownBy(() -> limits.acquire(caller, conversation))
                .isInstanceOfSatisfying(TooManyRequestsException.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("error.assistant.session-rate");
                    assertThat(e.retryAfter()).isEqualTo(Duration.ofMillis(500));
                });
        limits.acquire(caller, UUID.randomUUID());
        clock.advance(Duration.ofMillis(600));
        limits.acquire(caller, conversation);
    }

    @Test
    void usersAndTenantsHaveTheirOwnBudgets() {
        var limits = new AskLimits(new LimitSettings(Duration.ZERO, 3, 5), clock);
        var first = user();
        for (int i = 0; i < 3; i++) {
            limits.acquire(first, null);
        }
        assertThatThrownBy(() -> limits.acquire(first, null))
                .isInstanceOfSatisfying(TooManyRequestsException.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("error.assistant.user-rate");
                    assertThat(e.retryAfter()).isPositive();
                    assertThat(e.args()[0]).isEqualTo(3);
                });
        var second = user();
        limits.acquire(second, null);
        limits.acquire(second, null);
        assertThatThrownBy(() -> limits.acquire(second, null))
                .isInstanceOfSatisfying(
                        TooManyRequestsException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("error.assistant.tenant-rate"));
    }

    @Test
    void aRefusedQuestionDoesNotCountAgainstItsConversation() {
        var limits = new AskLimits(new LimitSettings(Duration.ofSeconds(2), 1, 100), clock);
        var caller = user();
        UUID conversation = UUID.randomUUID();
        limits.acquire(caller, UUID.randomUUID());
        assertThatThrownBy(() -> limits.acquire(caller, conversation)).isInstanceOf(TooManyRequestsException.class);
        var other = user();
        limits.acquire(other, conversation);
    }

    private MillwrightPrincipal user() {
        return new MillwrightPrincipal(
                UUID.randomUUID(), MillwrightPrincipal.Kind.USER, tenant, Role.TECHNICIAN, false, Set.of(), "t");
    }

    private static final class MutableClock extends Clock {
        private Instant now = Instant.parse("2026-03-01T10:00:00Z");

        void advance(Duration d) {
            now = now.plus(d);
        }

        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
