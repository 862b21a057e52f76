package org.millwright.maintenance.internal.parts;

import java.util.ArrayList;
import java.util.Currency;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import org.millwright.maintenance.AssetSummary;
import org.millwright.maintenance.CataloguedPart;
import org.millwright.maintenance.PartSummary;
import org.millwright.maintenance.PartsCatalogue;
import org.millwright.platform.audit.AuditLog;
import org.millwright.platform.error.ConflictException;
import org.millwright.platform.error.InvalidRequestException;
import org.millwright.platform.error.NotFoundException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The spare-parts catalogue of the tenant in context. Parts belong to the tenant; stock to sites. */
@Service
public class PartService implements PartsCatalogue {

    static final int MAX_LIMIT = 100;
    private final SparePartRepository parts;
    private final PartStockRepository stock;
    private final StockMovementRepository movements;
    private final StockLevels levels;
    private final PartFits fits;
    private final SiteAccess sites;
    private final AuditLog audit;

    PartService(
            SparePartRepository parts,
            PartStockRepository stock,
            StockMovementRepository movements,
            StockLevels levels,
            PartFits fits,
            SiteAccess sites,
            AuditLog audit) {
        this.parts = parts;
        this.stock = stock;
        this.movements = movements;
        this.levels = levels;
        this.fits = fits;
        this.sites = sites;
        this.audit = audit;
    }

    @Transactional
    public PartView create(SparePart.PartDetails input) {
        SparePart.PartDetails details = checked(input, Set.of());
        if (parts.existsByPartNumber(details.partNumber())) {
            throw new ConflictException("error.part-number-taken", details.partNumber());
        }
        SparePart part = parts.saveAndFlush(new SparePart(details));
        PartSummary summary = levels.summary(part);
        audit.record("part.created", "spare-part", part.getId(), null, summary);
        return PartView.of(part, summary);
    }

    @Transactional
    public PartView update(UUID id, SparePart.PartDetails input) {
        SparePart part = load(id);
        PartSummary before = levels.summary(part);
        SparePart.PartDetails details = checked(input, new HashSet<>(before.assetIds()));
        if (parts.existsByPartNumberAndIdNot(details.partNumber(), id)) {
            throw new ConflictException("error.part-number-taken", details.partNumber());
        }
        part.apply(details);
        parts.flush();
        PartSummary after = levels.summary(part);
        audit.record("part.updated", "spare-part", id, before, after);
        return PartView.of(part, after);
    }

    /** Deletes a part that never moved; a part with a ledger is deactivated instead (409). */
    @Transactional
    public void delete(UUID id) {
        SparePart part = load(id);
        if (movements.existsByPartId(id)) {
            throw new ConflictException("error.part-has-movements", part.getPartNumber());
        }
        PartSummary before = levels.summary(part);
        stock.deleteByPartId(id);
        parts.delete(part);
        parts.flush();
        audit.record("part.deleted", "spare-part", id, before, null);
    }

    @Transactional(readOnly = true)
    public PartView get(UUID id) {
        SparePart part = load(id);
        return PartView.of(part, levels.summary(part));
    }

    /** The catalogue page; {@code assetType} and {@code assetId} are checked first (400 when unknown). */
    @Transactional(readOnly = true)
    public Page<PartSummary> search(
            String text, String assetType, UUID assetId, UUID siteId, Boolean active, Pageable page) {
        String type = assetType == null || assetType.isBlank() ? null : fits.assetTypeCode(assetType);
        String typeOfAsset = null;
        if (assetId != null) {
            AssetSummary asset = fits.asset(assetId);
            typeOfAsset = asset.type();
        }
        if (siteId != null) {
            sites.requireReferable(siteId);
        }
        var query = new PartQuery(text, type, assetId, typeOfAsset, siteId, active);
        Page<SparePart> found = parts.findAll(query.toSpecification(), page);
        return new PageImpl<>(levels.summaries(found.getContent()), page, found.getTotalElements());
    }

    @Override
    @Transactional(readOnly = true)
    public List<PartSummary> search(String text, String assetType, UUID assetId, int limit) {
        int size = Math.clamp(limit, 1, MAX_LIMIT);
        return search(text, assetType, assetId, null, Boolean.TRUE, PageRequest.of(0, size))
                .getContent();
    }

    @Override
    @Transactional(readOnly = true)
    public List<CataloguedPart> activeParts(int limit) {
        int size = Math.clamp(limit, 1, MAX_CATALOGUE);
        List<SparePart> found = parts.findActive(PageRequest.of(0, size));
        Map<UUID, List<String>> types = grouped(parts.activeAssetTypes(), String.class);
        Map<UUID, List<UUID>> assets = grouped(parts.activeAssetIds(), UUID.class);
        return found.stream()
                .map(p -> p.catalogued(
                        types.getOrDefault(p.getId(), List.of()).stream()
                                .sorted()
                                .toList(),
                        assets.getOrDefault(p.getId(), List.of()).stream()
                                .sorted()
                                .toList()))
                .toList();
    }

    @Override
    @Transactional(readOnly = true)
    public List<PartSummary> find(List<UUID> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<UUID, SparePart> byId = new HashMap<>();
        parts.findAllById(Set.copyOf(ids)).forEach(p -> byId.put(p.getId(), p));
        List<SparePart> ordered =
                ids.stream().distinct().map(byId::get).filter(Objects::nonNull).toList();
        return levels.summaries(ordered);
    }

    private static <T> Map<UUID, List<T>> grouped(List<Object[]> pairs, Class<T> type) {
        Map<UUID, List<T>> byPart = new HashMap<>();
        for (Object[] pair : pairs) {
            byPart.computeIfAbsent((UUID) pair[0], k -> new ArrayList<>()).add(type.cast(pair[1]));
        }
        return byPart;
    }

    SparePart load(UUID id) {
        return parts.findById(id).orElseThrow(() -> NotFoundException.of("entity.spare-part", id));
    }

    /**
     * The details as stored: part number trimmed and upper-case, asset types canonical, assets
     * known (ones the part already lists are kept even if the caller cannot see their site),
     * currency an ISO 4217 code and present with a cost.
     */
    private SparePart.PartDetails checked(SparePart.PartDetails d, Set<UUID> alreadyListed) {
        Set<UUID> newAssets = new HashSet<>(d.assetIds());
        newAssets.removeAll(alreadyListed);
        fits.assetIds(newAssets);
        return new SparePart.PartDetails(
                d.partNumber().strip().toUpperCase(Locale.ROOT),
                d.description().strip(),
                blankToNull(d.manufacturer()),
                blankToNull(d.manufacturerPartNumber()),
                d.unit(),
                d.unitCost(),
                currency(d.currency(), d.unitCost() != null),
                fits.assetTypeCodes(d.assetTypes()),
                d.assetIds(),
                d.active());
    }

    private static String currency(String code, boolean required) {
        if (code == null || code.isBlank()) {
            if (required) {
                throw new InvalidRequestException("error.part-currency-required");
            }
            return null;
        }
        String upper = code.strip().toUpperCase(Locale.ROOT);
        try {
            return Currency.getInstance(upper).getCurrencyCode();
        } catch (IllegalArgumentException e) {
            throw new InvalidRequestException("error.unknown-currency", code);
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
