package org.millwright.maintenance.internal.workorder;

import java.util.List;
import org.millwright.maintenance.WorkOrderSummary;

/**
 * A page of work orders. Totals are counted up to {@link WorkOrderPager#COUNT_LIMIT}: beyond it
 * {@code totalItems} is that limit (or the rows up to this page, if more), {@code totalPages}
 * follows from it, and {@code totalExact} is false ("at least"). The last page always knows the
 * exact total.
 */
public record WorkOrderPage(
        List<WorkOrderSummary> items, int page, int size, long totalItems, int totalPages, boolean totalExact) {

    public WorkOrderPage {
        items = List.copyOf(items);
    }
}
