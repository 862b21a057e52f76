package org.millwright.platform.tenancy;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.millwright.platform.audit.AuditLog;
import org.millwright.platform.error.ConflictException;
import org.millwright.platform.error.InvalidRequestException;
import org.millwright.platform.error.NotFoundException;
import org.millwright.platform.security.CurrentPrincipal;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/** Tenants (companies): created, listed and deleted by platform admins. */
@Service
public class TenantService {

    private final TenantRepository tenants;
    private final List<TenantDataContributor> contributors;
    private final AuditLog audit;
    private final TransactionTemplate tx;
    private final TenantFiles files;

    TenantService(
            TenantRepository tenants,
            List<TenantDataContributor> contributors,
            AuditLog audit,
            TransactionTemplate tx,
            TenantFiles files) {
        this.files = files;
        this.tenants = tenants;
        this.contributors = contributors.stream()
                .sorted(Comparator.comparingInt(TenantDataContributor::deletionOrder)
                        .reversed())
                .toList();
        this.audit = audit;
        this.tx = tx;
    }

    @Transactional
    public TenantView create(String name, String slug) {
        String normalized =
                slug == null || slug.isBlank() ? slugOf(name) : slug.strip().toLowerCase(Locale.ROOT);
        if (tenants.existsBySlug(normalized)) {
            throw new ConflictException("error.slug-taken", normalized);
        }
        Tenant tenant = tenants.save(new Tenant(name.strip(), normalized));
        audit.recordFor(null, "tenant.created", "tenant", tenant.getId(), null, TenantView.of(tenant));
        return TenantView.of(tenant);
    }

    @Transactional
    public TenantView rename(UUID id, String name) {
        Tenant tenant = tenants.findById(id).orElseThrow(() -> NotFoundException.of("entity.tenant", id));
        TenantView before = TenantView.of(tenant);
        tenant.rename(name.strip());
        audit.recordFor(id, "tenant.renamed", "tenant", id, before, TenantView.of(tenant));
        return TenantView.of(tenant);
    }

    @Transactional(readOnly = true)
    public Page<TenantView> list(Pageable page) {
        return tenants.findAll(page).map(TenantView::of);
    }

    @Transactional(readOnly = true)
    public TenantView get(UUID id) {
        return tenants.findById(id).map(TenantView::of).orElseThrow(() -> NotFoundException.of("entity.tenant", id));
    }

    public boolean exists(UUID id) {
        return tenants.existsById(id);
    }

    public long count() {
        return tenants.count();
    }

    /**
     * Deletes a tenant and everything it owns, module by module, in one transaction; then the
     * tenant's files (exports). A platform admin cannot delete the tenant they belong to.
     */
    public void delete(UUID id) {
        TenantView before = get(id);
        if (CurrentPrincipal.get().map(p -> id.equals(p.tenantId())).orElse(false)) {
            throw new InvalidRequestException("error.cannot-delete-own-tenant");
        }
        TenantContext.run(
                id,
                () -> tx.executeWithoutResult(s -> {
                    contributors.forEach(c -> c.deleteAll(id));
                    tenants.deleteById(id);
                    audit.deleteTenantEntries(id);
                    audit.recordFor(null, "tenant.deleted", "tenant", id, before, null);
                }));
        files.deleteTenantFiles(id);
    }

    /** The contributors in deletion order, for export. */
    public List<TenantDataContributor> contributors() {
        return contributors;
    }

    static String slugOf(String name) {
        String slug = java.text.Normalizer.normalize(name, java.text.Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT)
                .replaceAll("[^a-z0-9]+", "-")
                .replaceAll("(^-|-$)", "");
        slug = slug.substring(0, Math.min(60, slug.length()));
        return slug.isEmpty() ? "tenant-" + UUID.randomUUID().toString().substring(0, 8) : slug;
    }

    /** A tenant as shown to platform admins. */
    public record TenantView(UUID id, String name, String slug, Instant createdAt) {
        static TenantView of(Tenant t) {
            return new TenantView(t.getId(), t.getName(), t.getSlug(), t.getCreatedAt());
        }
    }
}
