package org.millwright.maintenance.internal.request;

import org.millwright.maintenance.internal.MaintenanceSettings;
import org.millwright.platform.web.RateLimiter;
import org.springframework.stereotype.Component;

/**
 * The per-address budget of the public request page:
 * {@code millwright.maintenance.public-requests.per-minute} submissions per client address.
 */
@Component
public class PublicRequestLimits {

    private static final int MAX_ADDRESSES = 50_000;
    private final RateLimiter perAddress;

    PublicRequestLimits(MaintenanceSettings settings) {
        this.perAddress = new RateLimiter(() -> settings.publicRequests().perMinute(), MAX_ADDRESSES);
    }

    /** Takes one submission from an address's budget; a 429 with the wait when it is spent. */
    public void consume(String clientAddress) {
        RateLimiter.Decision decision = perAddress.consume(clientAddress);
        if (!decision.allowed()) {
            throw new RequestLimitReached(
                    decision.resetSeconds(), "error.request-rate", decision.limit(), decision.resetSeconds());
        }
    }
}
