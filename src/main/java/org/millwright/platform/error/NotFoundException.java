package org.millwright.platform.error;

import java.util.UUID;
import org.springframework.context.support.DefaultMessageSourceResolvable;

/** The object asked for does not exist in the caller's tenant (another tenant's looks the same). */
public class NotFoundException extends DomainException {

    public NotFoundException(String messageKey, Object... args) {
        super(messageKey, args);
    }

    /** The usual case: a {@code kind} (a message key such as {@code entity.site}) with this id. */
    public static NotFoundException of(String kind, UUID id) {
        return new NotFoundException("error.not-found", new DefaultMessageSourceResolvable(kind), id);
    }
}
