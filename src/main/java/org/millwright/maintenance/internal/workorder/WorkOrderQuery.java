package org.millwright.maintenance.internal.workorder;

import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import org.millwright.maintenance.WorkOrderPriority;
import org.millwright.maintenance.WorkOrderSource;
import org.millwright.maintenance.WorkOrderStatus;
import org.millwright.maintenance.WorkOrderType;
import org.springframework.data.jpa.domain.Specification;

/**
 * Filters of the work order list; every one is optional (null or empty: any). Sets match any of
 * their values; {@code createdTo} is exclusive, {@code dueFrom}..{@code dueTo} inclusive; {@code
 * text} is found in the number, title or description. {@code visibleSites} empty means all.
 */
public record WorkOrderQuery(
        Set<WorkOrderStatus> statuses,
        Set<WorkOrderPriority> priorities,
        Set<WorkOrderType> types,
        Set<WorkOrderSource> sources,
        UUID assetId,
        UUID siteId,
        UUID assigneeId,
        Instant createdFrom,
        Instant createdTo,
        LocalDate dueFrom,
        LocalDate dueTo,
        String text,
        Set<UUID> visibleSites) {

    /** The work order's attribute holding its assignees, joined when filtering by assignee. */
    static final String ASSIGNMENTS = "assignments";

    /**
     * Whether the assignee is the only filter (beside the tenant): the matches are then exactly the
     * assignee's rows, which can be counted without reading the work orders.
     */
    boolean onlyAssignee() {
        return assigneeId != null
                && empty(statuses)
                && empty(priorities)
                && empty(types)
                && empty(sources)
                && empty(visibleSites)
                && assetId == null
                && siteId == null
                && createdFrom == null
                && createdTo == null
                && dueFrom == null
                && dueTo == null
                && (text == null || text.isBlank());
    }

    private static boolean empty(Set<?> values) {
        return values == null || values.isEmpty();
    }

    Specification<WorkOrder> toSpecification() {
        return (root, query, cb) -> {
            List<Predicate> all = new ArrayList<>();
            in(all, root, "status", statuses);
            in(all, root, "priority", priorities);
            in(all, root, "type", types);
            in(all, root, "source", sources);
            in(all, root, "siteId", visibleSites);
            equal(all, root, cb, "assetId", assetId);
            equal(all, root, cb, "siteId", siteId);
            if (assigneeId != null) {
                // (work order, user) is the assignees' key: joining on one user repeats no work order,
                // and the database starts from that user's index entries
                all.add(cb.equal(root.join(ASSIGNMENTS).get("userId"), assigneeId));
            }
            if (createdFrom != null) {
                all.add(cb.greaterThanOrEqualTo(root.get("createdAt"), createdFrom));
            }
            if (createdTo != null) {
                all.add(cb.lessThan(root.get("createdAt"), createdTo));
            }
            if (dueFrom != null) {
                all.add(cb.greaterThanOrEqualTo(root.get("dueDate"), dueFrom));
            }
            if (dueTo != null) {
                all.add(cb.lessThanOrEqualTo(root.get("dueDate"), dueTo));
            }
            if (text != null && !text.isBlank()) {
                String like = "%" + escaped(text) + "%";
                all.add(cb.or(
                        cb.like(cb.lower(root.get("number")), like, '\\'),
                        cb.like(cb.lower(root.get("title")), like, '\\'),
                        cb.like(cb.lower(root.get("description")), like, '\\')));
            }
            return cb.and(all.toArray(Predicate[]::new));
        };
    }

    /**
     * Open work orders due before their plant's today: one group of sites per local date (the
     * plants of one tenant span at most a few dates at any instant).
     */
    static Specification<WorkOrder> overdue(java.util.Map<LocalDate, Set<UUID>> sitesByToday) {
        return (root, query, cb) -> {
            List<Predicate> groups = new ArrayList<>();
            sitesByToday.forEach((today, sites) ->
                    groups.add(cb.and(root.get("siteId").in(sites), cb.lessThan(root.get("dueDate"), today))));
            return cb.and(
                    root.get("status").in(WorkOrderStatus.OPEN_STATUSES),
                    groups.isEmpty() ? cb.disjunction() : cb.or(groups.toArray(Predicate[]::new)));
        };
    }

    private static void in(List<Predicate> all, Root<WorkOrder> root, String field, Set<?> values) {
        if (values != null && !values.isEmpty()) {
            all.add(root.get(field).in(values));
        }
    }

    private static void equal(List<Predicate> all, Root<WorkOrder> root, CriteriaBuilder cb, String field, Object v) {
        if (v != null) {
            all.add(cb.equal(root.get(field), v));
        }
    }

    private static String escaped(String text) {
        return text.strip()
                .toLowerCase(Locale.ROOT)
                .replace("\\", "\\\\")
                .replace("%", "\\%")
                .replace("_", "\\_");
    }
}
