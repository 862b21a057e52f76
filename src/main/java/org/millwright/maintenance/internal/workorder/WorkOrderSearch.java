package org.millwright.maintenance.internal.workorder;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import org.millwright.maintenance.WorkOrderStatus;
import org.millwright.platform.tenancy.SiteService;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The work order lists: filtered search, the caller's own queue, and the overdue ones. Totals are
 * exact up to {@link WorkOrderPager#COUNT_LIMIT} matches (see {@link WorkOrderPage}).
 */
@Service
public class WorkOrderSearch {

    /** The caller's queue: most urgent first, then the earliest due (undated last), then oldest. */
    public static final Sort QUEUE_ORDER = Sort.by(Sort.Order.desc("priorityRank"))
            .and(Sort.by(Sort.Order.asc("dueDate").nullsLast()))
            .and(Sort.by(Sort.Order.asc("createdAt"), Sort.Order.asc("id")));

    /** Overdue: the longest overdue first, then most urgent. */
    public static final Sort OVERDUE_ORDER = Sort.by(Sort.Order.asc("dueDate"))
            .and(Sort.by(Sort.Order.desc("priorityRank"), Sort.Order.asc("createdAt"), Sort.Order.asc("id")));

    private final WorkOrderPager pager;
    private final SiteService sites;
    private final WorkOrderViews views;

    WorkOrderSearch(WorkOrderPager pager, SiteService sites, WorkOrderViews views) {
        this.pager = pager;
        this.sites = sites;
        this.views = views;
    }

    @Transactional(readOnly = true)
    public WorkOrderPage search(WorkOrderQuery query, Pageable page) {
        boolean fenced = query.text() != null && !query.text().isBlank();
        return pager.page(query.toSpecification(), page, fenced, query.onlyAssignee() ? query.assigneeId() : null);
    }

    /** The open work orders the actor is assigned to, in {@link #QUEUE_ORDER} unless the page says otherwise. */
    @Transactional(readOnly = true)
    public WorkOrderPage mine(Actor actor, Pageable page) {
        var query = new WorkOrderQuery(
                WorkOrderStatus.OPEN_STATUSES,
                null,
                null,
                null,
                null,
                null,
                actor.id(),
                null,
                null,
                null,
                null,
                null,
                actor.siteIds());
        return search(query, page);
    }

    /** Open work orders due before today in their plant's zone, of the sites the actor sees. */
    @Transactional(readOnly = true)
    public WorkOrderPage overdue(Actor actor, UUID siteId, Pageable page) {
        Map<LocalDate, Set<UUID>> sitesByToday = new TreeMap<>();
        for (var site : sites.list(Pageable.unpaged())) {
            if (actor.canSee(site.id()) && (siteId == null || siteId.equals(site.id()))) {
                LocalDate today = views.today(ZoneId.of(site.timeZone()));
                sitesByToday.computeIfAbsent(today, d -> new HashSet<>()).add(site.id());
            }
        }
        Specification<WorkOrder> spec = WorkOrderQuery.overdue(sitesByToday);
        return pager.page(spec, page, false);
    }
}
