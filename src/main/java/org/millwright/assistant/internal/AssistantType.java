package org.millwright.assistant.internal;

import java.util.Locale;
import java.util.Optional;

/** What a conversation is for; it shapes the instructions the model is given. */
public enum AssistantType {
    TROUBLESHOOTING,
    GENERAL,
    MAINTENANCE_ANALYSIS,
    PARTS_RECOMMENDATION;

    /** The type named {@code value} (any case, {@code -} for {@code _}), or empty. */
    public static Optional<AssistantType> parse(String value) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        String name = value.strip().toUpperCase(Locale.ROOT).replace('-', '_');
        for (AssistantType type : values()) {
            if (type.name().equals(name)) {
                return Optional.of(type);
            }
        }
        return Optional.empty();
    }
}
