package org.millwright.maintenance.internal.imports;

import java.math.BigDecimal;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Bulk inserts, and parameters that may be null, written in a way H2 and PostgreSQL both accept.
 */
final class Sql {

    /** Rows per insert statement: one round trip writes this many rows. */
    static final int ROWS_PER_STATEMENT = 250;

    private Sql() {}

    /** Sets one row's parameters, from {@code offset + 1} on. */
    @FunctionalInterface
    interface RowBinder<T> {
        void bind(PreparedStatement ps, int offset, T row) throws SQLException;
    }

    /**
     * Inserts {@code rows} with multi-row statements ({@code head} followed by {@code tuple}
     * repeated, e.g. {@code "insert into t (a, b, version) values "} and {@code "(?, ?, 0)"}),
     * {@link #ROWS_PER_STATEMENT} rows at a time: far fewer round trips than a statement a row.
     */
    static <T> void insertAll(
            JdbcTemplate jdbc, String head, String tuple, int parameters, List<T> rows, RowBinder<T> binder) {
        String full = statement(head, tuple, ROWS_PER_STATEMENT);
        for (int from = 0; from < rows.size(); from += ROWS_PER_STATEMENT) {
            List<T> chunk = rows.subList(from, Math.min(rows.size(), from + ROWS_PER_STATEMENT));
            String sql = chunk.size() == ROWS_PER_STATEMENT ? full : statement(head, tuple, chunk.size());
            jdbc.update(sql, ps -> {
                for (int i = 0; i < chunk.size(); i++) {
                    binder.bind(ps, i * parameters, chunk.get(i));
                }
            });
        }
    }

    private static String statement(String head, String tuple, int rows) {
        return head + String.join(", ", Collections.nCopies(rows, tuple));
    }

    static void uuid(PreparedStatement ps, int index, UUID value) throws SQLException {
        if (value == null) {
            ps.setNull(index, Types.OTHER);
        } else {
            ps.setObject(index, value);
        }
    }

    static void text(PreparedStatement ps, int index, String value) throws SQLException {
        if (value == null) {
            ps.setNull(index, Types.VARCHAR);
        } else {
            ps.setString(index, value);
        }
    }

    static void decimal(PreparedStatement ps, int index, BigDecimal value) throws SQLException {
        if (value == null) {
            ps.setNull(index, Types.NUMERIC);
        } else {
            ps.setBigDecimal(index, value);
        }
    }

    static void integer(PreparedStatement ps, int index, Integer value) throws SQLException {
        if (value == null) {
            ps.setNull(index, Types.INTEGER);
        } else {
            ps.setInt(index, value);
        }
    }

    static void time(PreparedStatement ps, int index, Instant value) throws SQLException {
        if (value == null) {
            ps.setNull(index, Types.TIMESTAMP_WITH_TIMEZONE);
        } else {
            ps.setObject(index, value.atOffset(ZoneOffset.UTC));
        }
    }
}
