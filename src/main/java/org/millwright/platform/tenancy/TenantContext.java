package org.millwright.platform.tenancy;

import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * The tenant the current thread acts for. Every tenant-owned entity is filtered by it in the
 * persistence layer, so a query written anywhere sees one tenant's rows only. Switch it only
 * outside a transaction: a Hibernate session keeps the tenant it was opened with.
 */
public final class TenantContext {

    /** Sees every tenant's rows; used by platform bootstrap, export and deletion only. */
    public static final UUID ROOT = new UUID(0L, 0L);

    /** Matches no row: the value when nobody is authenticated. */
    public static final UUID NONE = new UUID(-1L, -1L);

    private static final ThreadLocal<UUID> CURRENT = new ThreadLocal<>();

    private TenantContext() {}

    public static UUID current() {
        UUID id = CURRENT.get();
        return id == null ? NONE : id;
    }

    /** The tenant acted for, when it is a real tenant (not root, not none). */
    public static Optional<UUID> tenant() {
        UUID id = current();
        return id.equals(ROOT) || id.equals(NONE) ? Optional.empty() : Optional.of(id);
    }

    public static UUID require() {
        return tenant().orElseThrow(() -> new IllegalStateException("no tenant in context"));
    }

    public static <T> T call(UUID tenantId, Supplier<T> work) {
        UUID previous = CURRENT.get();
        CURRENT.set(tenantId);
        try {
            return work.get();
        } finally {
            restore(previous);
        }
    }

    public static void run(UUID tenantId, Runnable work) {
        call(tenantId, () -> {
            work.run();
            return null;
        });
    }

    public static <T> T callAsRoot(Supplier<T> work) {
        return call(ROOT, work);
    }

    public static void runAsRoot(Runnable work) {
        run(ROOT, work);
    }

    static void set(UUID tenantId) {
        CURRENT.set(tenantId);
    }

    static void clear() {
        CURRENT.remove();
    }

    private static void restore(UUID previous) {
        if (previous == null) {
            CURRENT.remove();
        } else {
            CURRENT.set(previous);
        }
    }
}
