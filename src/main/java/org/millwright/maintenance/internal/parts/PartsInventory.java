package org.millwright.maintenance.internal.parts;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;
import org.millwright.maintenance.PartStockLow;
import org.millwright.maintenance.internal.parts.StockMovement.MovementView;
import org.millwright.platform.audit.AuditLog;
import org.millwright.platform.error.InvalidRequestException;
import org.millwright.platform.error.NotFoundException;
import org.millwright.platform.error.UnprocessableException;
import org.millwright.platform.security.CurrentPrincipal;
import org.millwright.platform.security.MillwrightPrincipal;
import org.millwright.platform.tenancy.TenantContext;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Stock of spare parts per site and its ledger. Work orders consume and return parts through
 * {@link #consume} and {@link #returnToStock}, which join the caller's transaction: a refused
 * consumption (422) rolls the caller back with it. Quantities change by one atomic update per
 * movement, so concurrent movements are applied one after another and none is lost.
 */
@Service
public class PartsInventory {

    private final SparePartRepository parts;
    private final PartStockRepository stock;
    private final StockMovementRepository movements;
    private final SiteAccess sites;
    private final ApplicationEventPublisher events;
    private final AuditLog audit;
    private final Clock clock;

    PartsInventory(
            SparePartRepository parts,
            PartStockRepository stock,
            StockMovementRepository movements,
            SiteAccess sites,
            ApplicationEventPublisher events,
            AuditLog audit,
            Clock clock) {
        this.parts = parts;
        this.stock = stock;
        this.movements = movements;
        this.sites = sites;
        this.events = events;
        this.audit = audit;
        this.clock = clock;
    }

    /** Takes {@code quantity} of a part from a site's stock for a work order; 422 when not enough. */
    @Transactional
    public MovementView consume(UUID siteId, UUID partId, BigDecimal quantity, UUID workOrderId, UUID actorId) {
        return record(new Movement(partId, siteId, MovementKind.CONSUMPTION, quantity, null, workOrderId, actorId));
    }

    /** Puts unused parts of a work order back into a site's stock. */
    @Transactional
    public MovementView returnToStock(UUID siteId, UUID partId, BigDecimal quantity, UUID workOrderId, UUID actorId) {
        return record(new Movement(partId, siteId, MovementKind.RETURN, quantity, null, workOrderId, actorId));
    }

    /** Records any movement: checks it, applies it atomically, writes the ledger line. */
    @Transactional
    public MovementView record(Movement m) {
        SparePart part = loadPart(m.partId());
        sites.requireReferable(m.siteId());
        BigDecimal delta = delta(m, part.getUnit());
        if (delta.signum() > 0) {
            ensureRow(m.partId(), m.siteId());
        }
        Instant now = Instant.now(clock);
        if (stock.move(m.partId(), m.siteId(), delta, Quantities.MAX, now) == 0) {
            throw refused(part, m, delta);
        }
        BigDecimal after = stock.onHand(m.partId(), m.siteId()).orElseThrow();
        BigDecimal minimum = stock.minimum(m.partId(), m.siteId()).orElseThrow();
        String actorLabel =
                CurrentPrincipal.get().map(MillwrightPrincipal::label).orElse(null);
        StockMovement line = movements.save(new StockMovement(m, delta, after, actorLabel, now));
        if (after.subtract(delta).compareTo(minimum) >= 0 && after.compareTo(minimum) < 0) {
            events.publishEvent(new PartStockLow(
                    TenantContext.require(),
                    m.siteId(),
                    m.partId(),
                    part.getPartNumber(),
                    Quantities.plain(after),
                    Quantities.plain(minimum)));
        }
        return line.view();
    }

    @Transactional(readOnly = true)
    public StockView stock(UUID partId, UUID siteId) {
        SparePart part = loadPart(partId);
        sites.requireAddressable(siteId);
        return StockView.of(
                part,
                stock.findByPartIdAndSiteId(partId, siteId)
                        .map(PartStock::view)
                        .orElseGet(() -> PartStock.none(siteId)));
    }

    /** Sets a site's minimum stock (reorder point) and bin location of a part. */
    @Transactional
    public StockView configure(UUID partId, UUID siteId, BigDecimal minimum, String binLocation) {
        SparePart part = loadPart(partId);
        sites.requireAddressable(siteId);
        BigDecimal level = Quantities.requireLevel(minimum, part.getUnit());
        ensureRow(partId, siteId);
        PartStock row = stock.lockByPartIdAndSiteId(partId, siteId).orElseThrow();
        StockView before = StockView.of(part, row.view());
        row.configure(level, binLocation == null || binLocation.isBlank() ? null : binLocation.strip());
        stock.flush();
        StockView after = StockView.of(part, row.view());
        audit.record("part.stock-configured", "spare-part", partId, before, after);
        return after;
    }

    /** A part's ledger, newest first, at one site or at every site the caller sees. */
    @Transactional(readOnly = true)
    public Page<MovementView> movements(UUID partId, UUID siteId, Pageable page) {
        loadPart(partId);
        if (siteId != null) {
            sites.requireReferable(siteId);
            return movements
                    .findByPartIdAndSiteIdIn(partId, Set.of(siteId), page)
                    .map(StockMovement::view);
        }
        return sites.restriction()
                .map(visible -> movements.findByPartIdAndSiteIdIn(partId, visible, page))
                .orElseGet(() -> movements.findByPartId(partId, page))
                .map(StockMovement::view);
    }

    /** Parts under their minimum at one site, or at every site the caller sees. */
    @Transactional(readOnly = true)
    public Page<LowStockItem> lowStock(UUID siteId, Pageable page) {
        if (siteId != null) {
            sites.requireReferable(siteId);
            return stock.belowMinimumAt(Set.of(siteId), page);
        }
        return sites.restriction()
                .map(visible -> stock.belowMinimumAt(visible, page))
                .orElseGet(() -> stock.belowMinimum(page));
    }

    /** Why the atomic update changed nothing: not enough on hand, or more than the column holds. */
    private UnprocessableException refused(SparePart part, Movement m, BigDecimal delta) {
        BigDecimal onHand = stock.onHand(m.partId(), m.siteId()).orElse(BigDecimal.ZERO);
        String unit = part.getUnit().wire();
        if (delta.signum() > 0) {
            return new UnprocessableException(
                    "error.part-stock-too-large",
                    part.getPartNumber(),
                    Quantities.plain(onHand).toPlainString(),
                    unit);
        }
        return new UnprocessableException(
                "error.part-insufficient-stock",
                part.getPartNumber(),
                Quantities.plain(onHand).toPlainString(),
                Quantities.plain(delta.negate()).toPlainString(),
                unit);
    }

    private static BigDecimal delta(Movement m, PartUnit unit) {
        if (m.kind() == null) {
            throw new InvalidRequestException("error.part-movement-kind");
        }
        return switch (m.kind()) {
            case RECEIPT, RETURN -> Quantities.requireMovable(m.quantity(), unit);
            case CONSUMPTION -> Quantities.requireMovable(m.quantity(), unit).negate();
            case ADJUSTMENT -> {
                if (m.reason() == null || m.reason().isBlank()) {
                    throw new InvalidRequestException("error.part-adjustment-reason");
                }
                yield Quantities.requireNonZero(m.quantity(), unit);
            }
        };
    }

    /**
     * Creates the part's stock row at the site when missing. The part's row lock makes two
     * transactions that both find it missing create it once: the second looks again after the
     * first has committed.
     */
    private void ensureRow(UUID partId, UUID siteId) {
        if (stock.existsByPartIdAndSiteId(partId, siteId)) {
            return;
        }
        parts.lockById(partId);
        if (!stock.existsByPartIdAndSiteId(partId, siteId)) {
            stock.saveAndFlush(new PartStock(partId, siteId));
        }
    }

    private SparePart loadPart(UUID partId) {
        return parts.findById(partId).orElseThrow(() -> NotFoundException.of("entity.spare-part", partId));
    }
}
