package org.millwright.maintenance.internal.workorder;

import java.util.UUID;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Work order numbers, {@code OT-<year>-<nnnn>}, from one counter row per tenant and year. The
 * increment takes the row's lock until the transaction ends, so two transactions never get the
 * same number; a rolled-back transaction gives its number back. The first number of a year
 * inserts the row: when two transactions do that at once, one fails with {@link NumberRace} and is
 * retried by the caller (the row then exists).
 */
@Component
class WorkOrderNumbers {

    private final JdbcTemplate jdbc;

    WorkOrderNumbers(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The next number of the tenant's year; call in the transaction that stores the work order. */
    String next(UUID tenantId, int year) {
        int updated = jdbc.update(
                "update work_order_counters set last_number = last_number + 1 where tenant_id = ? and number_year = ?",
                tenantId,
                year);
        if (updated == 0) {
            try {
                jdbc.update(
                        "insert into work_order_counters (tenant_id, number_year, last_number) values (?, ?, 1)",
                        tenantId,
                        year);
            } catch (DataAccessException e) {
                throw new NumberRace(e);
            }
            return format(year, 1);
        }
        Integer value = jdbc.queryForObject(
                "select last_number from work_order_counters where tenant_id = ? and number_year = ?",
                Integer.class,
                tenantId,
                year);
        return format(year, value);
    }

    static String format(int year, int value) {
        return "OT-%d-%04d".formatted(year, value);
    }

    /** Another transaction created the year's counter at the same moment; retry the transaction. */
    static final class NumberRace extends RuntimeException {
        NumberRace(Throwable cause) {
            super("work order counter created concurrently", cause);
        }
    }
}
