package org.millwright.platform.audit;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.millwright.platform.security.CurrentPrincipal;
import org.millwright.platform.security.MillwrightPrincipal;
import org.millwright.platform.tenancy.TenantContext;
import org.slf4j.MDC;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The platform audit log. Writes join the caller's transaction, so an entry exists exactly when
 * the change it describes was committed. Reads are scoped to the caller's tenant.
 */
@Service
public class AuditLog {

    private static final int MAX_JSON = 20000;
    private final AuditEntryRepository entries;
    private final JsonMapper json;
    private final Clock clock;

    AuditLog(AuditEntryRepository entries, JsonMapper json, Clock clock) {
        this.entries = entries;
        this.json = json;
        this.clock = clock;
    }

    /** Records a change in the tenant of the current context (none for platform-level changes). */
    @Transactional(propagation = Propagation.REQUIRED)
    public void record(String action, String targetType, Object targetId, Object before, Object after) {
        recordFor(TenantContext.tenant().orElse(null), action, targetType, targetId, before, after);
    }

    @Transactional(propagation = Propagation.REQUIRED)
    public void recordFor(
            UUID tenantId, String action, String targetType, Object targetId, Object before, Object after) {
        Optional<MillwrightPrincipal> actor = CurrentPrincipal.get();
        entries.save(new AuditEntry(
                tenantId,
                actor.map(MillwrightPrincipal::subjectId).orElse(null),
                actor.map(MillwrightPrincipal::label).orElse("system"),
                action,
                targetType,
                targetId == null ? null : targetId.toString(),
                toJson(before),
                toJson(after),
                MDC.get("requestId"),
                Instant.now(clock)));
    }

    /** Entries of the tenant in context, newest first, optionally of one action. */
    @Transactional(readOnly = true)
    public Page<AuditView> forCurrentTenant(String action, Pageable page) {
        UUID tenant = TenantContext.require();
        Page<AuditEntry> found = action == null
                ? entries.findByTenantId(tenant, page)
                : entries.findByTenantIdAndAction(tenant, action, page);
        return found.map(this::view);
    }

    /** Platform-level entries (tenant creation and deletion, backups). */
    @Transactional(readOnly = true)
    public Page<AuditView> platformEntries(Pageable page) {
        return entries.findByTenantIdIsNull(page).map(this::view);
    }

    /**
     * After a user is deleted, history keeps its rows but no longer names the person: entries they
     * made are relabelled, their e-mail is replaced in every snapshot of the tenant, and their name
     * in the snapshots of their own user record.
     */
    @Transactional(propagation = Propagation.REQUIRED)
    public void anonymisePerson(UUID userId, String email, String displayName, String label) {
        entries.relabelActor(userId, label);
        TenantContext.tenant().ifPresent(tenant -> entries.redactEverywhere(tenant, quoted(email), quoted(label)));
        entries.redactTarget("user", userId.toString(), quoted(email), quoted(label));
        entries.redactTarget("user", userId.toString(), quoted(displayName), quoted(label));
    }

    private String quoted(String value) {
        return json.writeValueAsString(value);
    }

    @Transactional(propagation = Propagation.REQUIRED)
    public void deleteTenantEntries(UUID tenantId) {
        entries.deleteByTenant(tenantId);
    }

    private String toJson(Object value) {
        if (value == null) {
            return null;
        }
        String text = json.writeValueAsString(value);
        return text.length() > MAX_JSON ? text.substring(0, MAX_JSON) : text;
    }

    private AuditView view(AuditEntry e) {
        return new AuditView(
                e.getId(),
                e.getActorId(),
                e.getActorLabel(),
                e.getAction(),
                e.getTargetType(),
                e.getTargetId(),
                parse(e.getBeforeJson()),
                parse(e.getAfterJson()),
                e.getRequestId(),
                e.getOccurredAt());
    }

    /** Stored JSON back as a tree; a value cut at the size limit is shown as text. */
    private JsonNode parse(String text) {
        if (text == null) {
            return null;
        }
        try {
            return json.readTree(text);
        } catch (JacksonException e) {
            return json.getNodeFactory().stringNode(text);
        }
    }

    /** An entry as shown to admins. */
    public record AuditView(
            UUID id,
            UUID actorId,
            String actor,
            String action,
            String targetType,
            String targetId,
            JsonNode before,
            JsonNode after,
            String requestId,
            Instant occurredAt) {}
}
