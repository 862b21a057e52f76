package org.millwright.maintenance.internal.request;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** Where a maintenance request stands: waiting for a supervisor, or decided. */
public enum RequestStatus {
    PENDING,
    APPROVED,
    REJECTED;

    private static final Map<RequestStatus, Set<RequestStatus>> NEXT =
            Map.of(PENDING, Set.of(APPROVED, REJECTED), APPROVED, Set.of(), REJECTED, Set.of());

    public boolean canMoveTo(RequestStatus next) {
        return NEXT.get(this).contains(next);
    }

    @JsonValue
    public String wire() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static RequestStatus fromWire(String value) {
        return valueOf(value.strip().toUpperCase(Locale.ROOT));
    }
}
