package org.millwright.maintenance.internal.workorder;

import java.util.Optional;
import java.util.UUID;
import org.millwright.platform.error.InvalidRequestException;
import org.millwright.platform.security.CurrentPrincipal;
import org.millwright.platform.security.MillwrightPrincipal;
import org.millwright.platform.security.UserAccount;
import org.millwright.platform.security.UserRepository;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Turns the caller of a request, or a user id given by another module, into an {@link Actor}. */
@Component
public class Actors {

    private final UserRepository users;

    Actors(UserRepository users) {
        this.users = users;
    }

    /** The authenticated caller; the system when nobody is (a background task). */
    public Actor current() {
        return CurrentPrincipal.get().map(Actors::of).orElseGet(Actor::system);
    }

    /** A user of the tenant in context, or the system for null; 400 for anyone else. */
    @Transactional(readOnly = true)
    public Actor user(UUID userId) {
        if (userId == null) {
            return Actor.system();
        }
        return find(userId).orElseThrow(() -> new InvalidRequestException("error.work-order-unknown-user", userId));
    }

    /** An active user of the tenant in context. */
    @Transactional(readOnly = true)
    public Optional<Actor> find(UUID userId) {
        return users.findById(userId)
                .filter(UserAccount::isActive)
                .map(u -> new Actor(u.getId(), u.getDisplayName(), u.getRole(), u.getSiteIds(), true));
    }

    private static Actor of(MillwrightPrincipal p) {
        return new Actor(p.subjectId(), p.label(), p.role(), p.siteIds(), p.kind() == MillwrightPrincipal.Kind.USER);
    }
}
