package org.millwright.maintenance.internal.meter;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.millwright.maintenance.internal.AssetService;
import org.millwright.platform.audit.AuditLog;
import org.millwright.platform.error.ConflictException;
import org.millwright.platform.error.InvalidRequestException;
import org.millwright.platform.error.NotFoundException;
import org.millwright.platform.error.UnprocessableException;
import org.millwright.platform.security.CurrentPrincipal;
import org.millwright.platform.security.MillwrightPrincipal;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Meters of the assets the caller may see and their readings. Readings only go up and forward in
 * time: one lower than the meter's latest is refused unless it is a reset (a replaced meter), one
 * dated before the latest is refused, and one in the future is refused.
 */
@Service
public class MeterService {

    /** How far ahead of the server's clock a reading may be dated (a phone's clock drifts). */
    static final Duration CLOCK_SKEW = Duration.ofMinutes(2);
    /** The longest window of the average daily use. */
    public static final int MAX_USAGE_DAYS = 366;

    private final MeterRepository meters;
    private final MeterReadingRepository readings;
    private final AssetService assets;
    private final AuditLog audit;
    private final Clock clock;

    MeterService(
            MeterRepository meters, MeterReadingRepository readings, AssetService assets, AuditLog audit, Clock clock) {
        this.meters = meters;
        this.readings = readings;
        this.assets = assets;
        this.audit = audit;
        this.clock = clock;
    }

    /** Adds a meter; {@code other} meters need a unit, the other kinds have theirs. */
    @Transactional
    public MeterView create(UUID assetId, String name, MeterKind kind, String unit) {
        assets.require(assetId);
        String unitOf = kind.unit() != null ? kind.unit() : blankToNull(unit);
        if (unitOf == null) {
            throw new InvalidRequestException("error.meter-unit-required");
        }
        if (kind.unit() != null
                && unit != null
                && !unit.isBlank()
                && !unit.strip().equals(kind.unit())) {
            throw new InvalidRequestException("error.meter-unit-fixed", kind.wire(), kind.unit());
        }
        String cleanName = name.strip();
        if (meters.existsByAssetIdAndName(assetId, cleanName)) {
            throw new ConflictException("error.meter-name-taken", cleanName);
        }
        Meter meter = meters.save(new Meter(assetId, cleanName, kind, unitOf));
        audit.record("asset.meter-added", "asset", assetId, null, MeterView.of(meter));
        return MeterView.of(meter);
    }

    @Transactional(readOnly = true)
    public List<MeterView> list(UUID assetId) {
        assets.require(assetId);
        return ofAsset(assetId);
    }

    /** The meters of an asset already checked to be visible, for its detail view. */
    @Transactional(readOnly = true)
    public List<MeterView> ofAsset(UUID assetId) {
        return meters.findByAssetIdOrderByName(assetId).stream()
                .map(MeterView::of)
                .toList();
    }

    @Transactional(readOnly = true)
    public MeterView get(UUID assetId, UUID meterId) {
        return MeterView.of(load(assetId, meterId));
    }

    /** Records a reading (dated now when {@code readAt} is null) and makes it the meter's latest. */
    @Transactional
    public ReadingView record(
            UUID assetId, UUID meterId, double value, Instant readAt, ReadingSource source, boolean reset) {
        Meter meter = load(assetId, meterId);
        Instant now = clock.instant();
        Instant at = readAt == null ? now : readAt;
        if (at.isAfter(now.plus(CLOCK_SKEW))) {
            throw new InvalidRequestException("error.reading-in-future", at);
        }
        if (meter.getCurrentReadAt() != null && at.isBefore(meter.getCurrentReadAt())) {
            throw new UnprocessableException("error.reading-before-latest", at, meter.getCurrentReadAt());
        }
        if (meter.getCurrentValue() != null && value < meter.getCurrentValue() && !reset) {
            throw new UnprocessableException("error.reading-below-latest", value, meter.getCurrentValue());
        }
        UUID who = CurrentPrincipal.get().map(MillwrightPrincipal::subjectId).orElse(null);
        MeterReading reading = readings.save(
                new MeterReading(meterId, value, at, source == null ? ReadingSource.MANUAL : source, reset, who));
        meter.advanceTo(value, at);
        meters.flush();
        if (reset) {
            audit.record("asset.meter-reset", "asset", assetId, null, ReadingView.of(reading));
        }
        return ReadingView.of(reading);
    }

    /** Readings, newest first. */
    @Transactional(readOnly = true)
    public Page<ReadingView> readings(UUID assetId, UUID meterId, Pageable page) {
        load(assetId, meterId);
        return readings.findByMeterId(meterId, page).map(ReadingView::of);
    }

    /** The current value and the average daily use over the last {@code days} days, of a visible meter. */
    @Transactional(readOnly = true)
    public MeterUsage usage(UUID assetId, UUID meterId, int days) {
        load(assetId, meterId);
        return usage(meterId, days);
    }

    /**
     * The current value and the average daily use over the last {@code days} days (1 to
     * {@value #MAX_USAGE_DAYS}) of a meter of the tenant in context, for services that plan by
     * use. The average counts from the last reading before the window, so a meter read weekly
     * still has one over a few days.
     */
    @Transactional(readOnly = true)
    public MeterUsage usage(UUID meterId, int days) {
        if (days < 1 || days > MAX_USAGE_DAYS) {
            throw new InvalidRequestException("error.usage-days", MAX_USAGE_DAYS);
        }
        Meter meter = meters.findById(meterId).orElseThrow(() -> NotFoundException.of("entity.meter", meterId));
        Instant from = clock.instant().minus(Duration.ofDays(days));
        List<MeterUsage.Point> points = new ArrayList<>();
        readings.findFirstByMeterIdAndReadAtLessThanOrderByReadAtDescCreatedAtDesc(meterId, from)
                .map(MeterUsage.Point::of)
                .ifPresent(points::add);
        readings.findByMeterIdAndReadAtGreaterThanEqualOrderByReadAtAscCreatedAtAsc(meterId, from).stream()
                .map(MeterUsage.Point::of)
                .forEach(points::add);
        return new MeterUsage(
                meterId,
                meter.getKind(),
                meter.getUnit(),
                meter.getCurrentValue(),
                meter.getCurrentReadAt(),
                days,
                MeterUsage.averagePerDay(points),
                points.size());
    }

    private Meter load(UUID assetId, UUID meterId) {
        assets.require(assetId);
        return meters.findByIdAndAssetId(meterId, assetId)
                .orElseThrow(() -> NotFoundException.of("entity.meter", meterId));
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    /** A meter as the API shows it. */
    public record MeterView(
            UUID id,
            UUID assetId,
            String name,
            MeterKind kind,
            String unit,
            Double currentValue,
            Instant currentReadAt,
            Instant createdAt) {

        static MeterView of(Meter m) {
            return new MeterView(
                    m.getId(),
                    m.getAssetId(),
                    m.getName(),
                    m.getKind(),
                    m.getUnit(),
                    m.getCurrentValue(),
                    m.getCurrentReadAt(),
                    m.getCreatedAt());
        }
    }

    /** A reading as the API shows it; {@code recordedBy} is the user or API key that sent it. */
    public record ReadingView(
            UUID id, UUID meterId, double value, Instant readAt, ReadingSource source, boolean reset, UUID recordedBy) {

        static ReadingView of(MeterReading r) {
            return new ReadingView(
                    r.getId(),
                    r.getMeterId(),
                    r.getValue(),
                    r.getReadAt(),
                    r.getSource(),
                    r.isReset(),
                    r.getRecordedBy());
        }
    }
}
