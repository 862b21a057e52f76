package org.millwright.maintenance.internal.workorder;

import jakarta.persistence.EntityManager;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Expression;
import jakarta.persistence.criteria.Join;
import jakarta.persistence.criteria.Nulls;
import jakarta.persistence.criteria.Order;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.hibernate.Session;
import org.hibernate.query.criteria.HibernateCriteriaBuilder;
import org.hibernate.query.criteria.JpaCriteriaQuery;
import org.hibernate.query.criteria.JpaExpression;
import org.hibernate.query.criteria.JpaSubQuery;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Component;

/**
 * Runs a work order search: one query for the page, and a count that stops at {@link
 * #COUNT_LIMIT} rows. Counting every match of a broad filter (a site's closed work orders: a
 * hundred thousand and more) costs more than the page itself on PostgreSQL, for a number nobody
 * pages through.
 */
@Component
class WorkOrderPager {

    /** Matches counted at most; more are reported as "at least" this many. */
    static final int COUNT_LIMIT = 10_000;

    private final EntityManager em;

    WorkOrderPager(EntityManager em) {
        this.em = em;
    }

    /**
     * The page of {@code spec}'s matches in the page's order. {@code fenced}: the first sort key
     * is wrapped so that the database cannot walk an index in that order. For filters that an
     * index finds directly but not in that order (words of the text, an assignee with any order but
     * the newest first), PostgreSQL would otherwise read the newest work orders of the whole tenant
     * one by one until the page is full, betting that matches are spread evenly: seconds for a rare
     * word or a technician with few work orders. Newest first with an assignee is read from the
     * assignee's own index instead ({@link Assignment}).
     */
    WorkOrderPage page(Specification<WorkOrder> spec, Pageable page, boolean fenced) {
        return page(spec, page, fenced, null);
    }

    /**
     * As {@link #page(Specification, Pageable, boolean)}; {@code onlyAssignee}, when not null, is
     * the user who is the search's only filter: the count then reads that user's assignment rows
     * alone (their work orders are all of the tenant once one is on the page).
     */
    WorkOrderPage page(Specification<WorkOrder> spec, Pageable page, boolean fenced, UUID onlyAssignee) {
        if (fenced && page.getOffset() + page.getPageSize() <= COUNT_LIMIT) {
            return pageFromIds(spec, page);
        }
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<WorkOrder> query = cb.createQuery(WorkOrder.class);
        Root<WorkOrder> root = query.from(WorkOrder.class);
        where(query, spec.toPredicate(root, query, cb));
        query.select(root).orderBy(orders(page.getSort(), root, cb, fenced));
        List<WorkOrder> content = em.createQuery(query)
                .setFirstResult((int) page.getOffset())
                .setMaxResults(page.getPageSize())
                .getResultList();
        long total;
        boolean exact = true;
        if (content.size() < page.getPageSize() && (!content.isEmpty() || page.getOffset() == 0)) {
            total = page.getOffset() + content.size(); // the last page: nothing to count
        } else {
            long counted = onlyAssignee != null && !content.isEmpty()
                    ? countAssignments(onlyAssignee, COUNT_LIMIT + 1)
                    : countUpTo(spec, COUNT_LIMIT + 1);
            exact = counted <= COUNT_LIMIT;
            long seen = content.isEmpty() ? 0 : page.getOffset() + content.size();
            total = exact ? counted : Math.max(COUNT_LIMIT, seen);
        }
        int pages = (int) ((total + page.getPageSize() - 1) / page.getPageSize());
        return new WorkOrderPage(
                content.stream().map(WorkOrder::summary).toList(),
                page.getPageNumber(),
                page.getPageSize(),
                total,
                pages,
                exact);
    }

    /**
     * A fenced search reads and sorts every match anyway: one query takes the ids of the first
     * {@link #COUNT_LIMIT} + 1 matches in order (the sort keys only, no whole rows), which gives the
     * total and the page's ids; a second loads the page's work orders by id. One pass over the
     * matches instead of two (page, then count).
     */
    private WorkOrderPage pageFromIds(Specification<WorkOrder> spec, Pageable page) {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<UUID> query = cb.createQuery(UUID.class);
        Root<WorkOrder> root = query.from(WorkOrder.class);
        where(query, spec.toPredicate(root, query, cb));
        query.select(root.get("id")).orderBy(orders(page.getSort(), root, cb, true));
        List<UUID> ordered =
                em.createQuery(query).setMaxResults(COUNT_LIMIT + 1).getResultList();
        boolean exact = ordered.size() <= COUNT_LIMIT;
        int from = (int) Math.min(page.getOffset(), ordered.size());
        List<UUID> ids = ordered.subList(from, Math.min(from + page.getPageSize(), ordered.size()));
        Map<UUID, WorkOrder> loaded = ids.isEmpty()
                ? Map.of()
                : em.createQuery("select w from WorkOrder w where w.id in :ids", WorkOrder.class)
                        .setParameter("ids", ids)
                        .getResultStream()
                        .collect(Collectors.toMap(WorkOrder::getId, Function.identity()));
        List<WorkOrder> content =
                ids.stream().map(loaded::get).filter(Objects::nonNull).toList();
        long total = exact ? ordered.size() : COUNT_LIMIT;
        int pages = (int) ((total + page.getPageSize() - 1) / page.getPageSize());
        return new WorkOrderPage(
                content.stream().map(WorkOrder::summary).toList(),
                page.getPageNumber(),
                page.getPageSize(),
                total,
                pages,
                exact);
    }

    /** {@code select count(*) from (select 1 from work_orders where ... fetch first limit rows only)}. */
    private long countUpTo(Specification<WorkOrder> spec, int limit) {
        HibernateCriteriaBuilder cb = em.unwrap(Session.class).getCriteriaBuilder();
        JpaCriteriaQuery<Long> count = cb.createQuery(Long.class);
        JpaSubQuery<Integer> matches = count.subquery(Integer.class);
        Root<WorkOrder> root = matches.from(WorkOrder.class);
        Predicate predicate = spec.toPredicate(root, count, cb);
        if (predicate != null) {
            matches.where(predicate);
        }
        JpaExpression<Integer> one = cb.literal(1);
        one.alias("one"); // a derived table's columns need names
        matches.select(one).fetch(limit);
        count.from(matches);
        count.select(cb.count());
        return em.createQuery(count).getSingleResult();
    }

    /**
     * The user's assignments, up to {@code limit}. Only called once a page of the tenant's work
     * orders assigned to that user is non-empty: users belong to one tenant, so every assignment of
     * theirs is to a work order of that tenant.
     */
    private long countAssignments(UUID userId, int limit) {
        Object n = em.createNativeQuery("select count(*) from (select 1 from work_order_assignees"
                        + " where user_id = :user fetch first " + limit + " rows only) mine")
                .setParameter("user", userId)
                .getSingleResult();
        return ((Number) n).longValue();
    }

    private static void where(CriteriaQuery<?> query, Predicate predicate) {
        if (predicate != null) {
            query.where(predicate);
        }
    }

    private static List<Order> orders(Sort sort, Root<WorkOrder> root, CriteriaBuilder cb, boolean fenced) {
        List<Order> orders = new ArrayList<>();
        Join<?, ?> assignments = root.getJoins().stream()
                .filter(j -> j.getAttribute().getName().equals(WorkOrderQuery.ASSIGNMENTS))
                .findFirst()
                .orElse(null);
        for (Sort.Order o : sort) {
            Expression<Object> key = root.get(o.getProperty());
            if (orders.isEmpty() && assignments != null && o.getProperty().equals("createdAt")) {
                // the same instant, kept on the assignee's row: its index gives the page in order
                key = assignments.get("workOrderCreatedAt");
            } else if (orders.isEmpty() && (fenced || assignments != null)) {
                key = cb.coalesce(key, key);
            }
            Nulls nulls = switch (o.getNullHandling()) {
                case NULLS_FIRST -> Nulls.FIRST;
                case NULLS_LAST -> Nulls.LAST;
                case NATIVE -> Nulls.NONE;
            };
            orders.add(o.isAscending() ? cb.asc(key, nulls) : cb.desc(key, nulls));
        }
        return orders;
    }
}
