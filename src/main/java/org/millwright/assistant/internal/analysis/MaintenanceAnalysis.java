package org.millwright.assistant.internal.analysis;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A maintenance analysis grounded in the plant's data: a short {@code text} in the question's
 * {@code language} ({@code es} or {@code en}), the period it covers ({@code from} inclusive, {@code
 * to} exclusive, read in {@code zone}; {@code periodNamed} when the question named it) and the
 * {@code facts} it is made of, each citable and fit to ground a model's answer.
 */
public record MaintenanceAnalysis(
        String language, String text, Instant from, Instant to, String zone, boolean periodNamed, List<Fact> facts) {

    public MaintenanceAnalysis {
        facts = List.copyOf(facts);
    }

    /**
     * One statement and where it comes from. {@code kind}: {@code kpi}, {@code failure-mode},
     * {@code asset} (the machines with most failures), {@code work-order} (an open one) or {@code
     * failure} (a recent one). {@code source} names it for a citation (a KPI and its period, a
     * work order's number, a history record's date); {@code refId} is the work order's or history
     * record's id (null for KPIs).
     */
    public record Fact(String kind, String text, String source, UUID refId) {}
}
