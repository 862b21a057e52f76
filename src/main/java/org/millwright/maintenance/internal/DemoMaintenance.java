package org.millwright.maintenance.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The demo plant's maintenance life, read from {@value #RESOURCE}: spare parts with stock, a year
 * of history as if imported from the plant's previous system, and open work orders. Times are
 * given relative to the first start, so the KPIs of the last twelve months have data.
 */
record DemoMaintenance(List<Part> parts, List<Past> history, List<Open> workOrders) {

    static final String RESOURCE = "/demo/maintenance.json";

    DemoMaintenance {
        parts = List.copyOf(Objects.requireNonNull(parts, "parts"));
        history = List.copyOf(Objects.requireNonNull(history, "history"));
        workOrders = List.copyOf(Objects.requireNonNull(workOrders, "workOrders"));
    }

    static DemoMaintenance read(JsonMapper json) {
        try (InputStream in = DemoMaintenance.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("demo maintenance file missing: " + RESOURCE);
            }
            return json.readerFor(DemoMaintenance.class)
                    .with(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                    .readValue(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A catalogue part and its stock at the plants that keep it. */
    record Part(
            String partNumber,
            String description,
            String unit,
            BigDecimal unitCost,
            String currency,
            List<String> assetTypes,
            List<Stock> stock) {}

    /** A part's stock at one plant (by site code). */
    record Stock(String site, BigDecimal onHand, BigDecimal minimum, String bin) {}

    /** A finished job of the previous system: {@code daysAgo} it finished, after {@code hours} of work. */
    record Past(
            String ref,
            String asset,
            String workType,
            int daysAgo,
            int hours,
            String description,
            String failureMode,
            String failureCause,
            String remedy,
            Integer downtimeMinutes,
            BigDecimal labourHours,
            BigDecimal partsCost,
            BigDecimal labourCost) {}

    /** An open work order, due {@code dueInDays} from the first start (negative: already overdue). */
    record Open(String asset, String type, String priority, String title, String description, int dueInDays) {}
}
