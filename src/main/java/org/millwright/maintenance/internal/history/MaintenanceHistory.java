package org.millwright.maintenance.internal.history;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.millwright.maintenance.AssetRegistry;
import org.millwright.maintenance.AssetSummary;
import org.millwright.platform.audit.AuditLog;
import org.millwright.platform.error.ConflictException;
import org.millwright.platform.error.InvalidRequestException;
import org.millwright.platform.error.NotFoundException;
import org.millwright.platform.security.CurrentPrincipal;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The maintenance history of the tenant in context. Work-order completion writes here through
 * {@link #record}; imports write in bulk (see the imports package) with the same rules.
 */
@Service
public class MaintenanceHistory {

    /** How far a finishing time may lie ahead of the server's clock (clients' clocks drift). */
    static final Duration CLOCK_SKEW = Duration.ofMinutes(5);

    private final MaintenanceRecordRepository records;
    private final AssetRegistry assets;
    private final FailureCodes failureCodes;
    private final AuditLog audit;
    private final Clock clock;

    MaintenanceHistory(
            MaintenanceRecordRepository records,
            AssetRegistry assets,
            FailureCodes failureCodes,
            AuditLog audit,
            Clock clock) {
        this.records = records;
        this.assets = assets;
        this.failureCodes = failureCodes;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * Adds a record. {@code workOrderId} is given (and only given) for {@link RecordSource#WORK_ORDER};
     * a work order is recorded once.
     *
     * @throws InvalidRequestException (400) for an unknown asset or inconsistent times
     * @throws org.millwright.platform.error.UnprocessableException (422) for an unknown or inactive failure code
     * @throws ConflictException (409) when the external reference or the work order is already recorded
     */
    @Transactional
    public RecordView record(RecordSource source, UUID workOrderId, RecordDetails details) {
        if ((source == RecordSource.WORK_ORDER) != (workOrderId != null)) {
            throw new IllegalArgumentException("a work order id is given exactly for work-order records");
        }
        AssetSummary asset = assets.find(details.assetId())
                .filter(a -> visible(a.siteId()))
                .orElseThrow(() -> new InvalidRequestException("error.unknown-asset", details.assetId()));
        checkTimes(details.startedAt(), details.finishedAt());
        FailureCoding coding = failureCodes.check(details.failureMode(), details.failureCause(), details.remedy());
        RecordDetails clean = tidy(details);
        if (clean.externalRef() != null && records.existsByExternalRef(clean.externalRef())) {
            throw new ConflictException("error.history-ref-taken", clean.externalRef());
        }
        if (workOrderId != null && records.existsByWorkOrderId(workOrderId)) {
            throw new ConflictException("error.history-work-order-recorded", workOrderId);
        }
        MaintenanceRecord saved =
                records.save(new MaintenanceRecord(asset.siteId(), source, workOrderId, clean, coding));
        records.flush();
        audit.record("history.recorded", "maintenance-record", saved.getId(), null, saved.view());
        return saved.view();
    }

    @Transactional(readOnly = true)
    public RecordView get(UUID id) {
        return load(id).view();
    }

    /** Records matching the query; the page's sort decides the order (newest first in the API). */
    @Transactional(readOnly = true)
    public Page<RecordView> list(HistoryQuery query, Pageable page) {
        return records.findAll(query.toSpecification(), page).map(MaintenanceRecord::view);
    }

    /** Deletes an imported or manual record; a completed work order's record stays (409). */
    @Transactional
    public void delete(UUID id) {
        MaintenanceRecord record = load(id);
        if (record.getSource() == RecordSource.WORK_ORDER) {
            throw new ConflictException("error.history-from-work-order", id);
        }
        RecordView before = record.view();
        records.delete(record);
        records.flush();
        audit.record("history.deleted", "maintenance-record", id, before, null);
    }

    private void checkTimes(Instant startedAt, Instant finishedAt) {
        if (finishedAt == null) {
            throw new InvalidRequestException("error.history-no-finish");
        }
        if (startedAt != null && startedAt.isAfter(finishedAt)) {
            throw new InvalidRequestException("error.history-start-after-finish");
        }
        if (finishedAt.isAfter(clock.instant().plus(CLOCK_SKEW))) {
            throw new InvalidRequestException("error.history-finish-in-future");
        }
    }

    private static RecordDetails tidy(RecordDetails d) {
        return new RecordDetails(
                d.assetId(),
                d.workType(),
                d.startedAt(),
                d.finishedAt(),
                blankToNull(d.description()),
                d.failureMode(),
                d.failureCause(),
                d.remedy(),
                d.downtimeMinutes(),
                d.labourHours(),
                d.partsCost(),
                d.labourCost(),
                blankToNull(d.externalRef()));
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private MaintenanceRecord load(UUID id) {
        return records.findById(id)
                .filter(r -> visible(r.getSiteId()))
                .orElseThrow(() -> NotFoundException.of("entity.maintenance-record", id));
    }

    private static boolean visible(UUID siteId) {
        return CurrentPrincipal.get().map(p -> p.canSee(siteId)).orElse(true);
    }
}
