package org.millwright.inference.internal.usage;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.millwright.inference.internal.InferenceSettings;
import org.millwright.inference.internal.UsageSettings;
import org.millwright.platform.error.InvalidRequestException;
import org.millwright.platform.tenancy.TenantContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Usage and cost of the tenant in context, read from the daily totals: per day, user or model.
 * Cost is tokens times the configured price per million, per model, summed exactly and rounded
 * to 6 decimals per group and total.
 */
@Service
public class UsageReports {

    /** The longest period one report covers. */
    public static final int MAX_DAYS = 1830;

    static final int COST_SCALE = 6;
    private static final BigDecimal MILLION = BigDecimal.valueOf(1_000_000);
    private final JdbcTemplate jdbc;
    private final UsageSettings settings;
    private final TenantQuotas quotas;

    UsageReports(JdbcTemplate jdbc, InferenceSettings settings, TenantQuotas quotas) {
        this.jdbc = jdbc;
        this.settings = settings.usage();
        this.quotas = quotas;
    }

    /** The report of [from, to] (UTC days, both included). */
    @Transactional(readOnly = true)
    public UsageReport report(LocalDate from, LocalDate to, UsageGrouping groupBy) {
        if (from.isAfter(to)) {
            throw new InvalidRequestException("error.inference-usage-range");
        }
        if (ChronoUnit.DAYS.between(from, to) >= MAX_DAYS) {
            throw new InvalidRequestException("error.inference-usage-too-long", MAX_DAYS);
        }
        String key = groupBy.column();
        List<Row> rows = jdbc.query(
                "select d." + key + ", d.model, sum(d.requests), sum(d.errors), sum(d.tokens_in), sum(d.tokens_out)"
                        + (groupBy == UsageGrouping.USER ? ", max(u.display_name)" : ", null")
                        + " from inference_usage_daily d"
                        + (groupBy == UsageGrouping.USER ? " left join users u on u.id = d.user_id" : "")
                        + " where d.tenant_id = ? and d.usage_day >= ? and d.usage_day <= ?"
                        + " group by d." + key + (groupBy == UsageGrouping.MODEL ? "" : ", d.model")
                        + " order by d." + key,
                (rs, n) -> row(rs, groupBy),
                TenantContext.require(),
                from,
                to);
        Map<String, UsageReport.Group> groups = new LinkedHashMap<>();
        UsageReport.Tally total = UsageReport.Tally.ZERO;
        for (Row row : rows) {
            UsageReport.Tally tally = tally(row);
            total = total.plus(tally);
            groups.merge(
                    row.key(),
                    new UsageReport.Group(row.key(), row.label(), tally),
                    (a, b) ->
                            new UsageReport.Group(a.key(), a.label(), a.usage().plus(b.usage())));
        }
        List<UsageReport.Group> listed = new ArrayList<>();
        groups.values().forEach(g -> listed.add(new UsageReport.Group(g.key(), g.label(), rounded(g.usage()))));
        if (groupBy != UsageGrouping.DAY) {
            listed.sort(Comparator.comparingLong((UsageReport.Group g) ->
                            -(g.usage().tokensIn() + g.usage().tokensOut()))
                    .thenComparing(UsageReport.Group::key));
        }
        return new UsageReport(
                from,
                to,
                groupBy.name().toLowerCase(java.util.Locale.ROOT),
                settings.currency(),
                listed,
                rounded(total),
                quotas.current());
    }

    private UsageReport.Tally tally(Row row) {
        var price = settings.priceOf(row.model());
        BigDecimal cost = price.map(p -> p.inputPerMillion()
                        .multiply(BigDecimal.valueOf(row.tokensIn()))
                        .add(p.outputPerMillion().multiply(BigDecimal.valueOf(row.tokensOut())))
                        .divide(MILLION))
                .orElse(BigDecimal.ZERO);
        return new UsageReport.Tally(
                row.requests(), row.errors(), row.tokensIn(), row.tokensOut(), cost, price.isPresent());
    }

    private static UsageReport.Tally rounded(UsageReport.Tally t) {
        return new UsageReport.Tally(
                t.requests(),
                t.errors(),
                t.tokensIn(),
                t.tokensOut(),
                t.cost().setScale(COST_SCALE, RoundingMode.HALF_UP),
                t.priced());
    }

    private static Row row(ResultSet rs, UsageGrouping groupBy) throws SQLException {
        String model = rs.getString(2);
        String key = switch (groupBy) {
            case DAY -> rs.getObject(1, LocalDate.class).toString();
            case USER -> {
                UUID user = rs.getObject(1, UUID.class);
                yield UsageLedger.NO_USER.equals(user) ? "none" : user.toString();
            }
            case MODEL -> model.isEmpty() ? "unknown" : model;
        };
        return new Row(
                key,
                groupBy == UsageGrouping.USER ? rs.getString(7) : null,
                model,
                rs.getLong(3),
                rs.getLong(4),
                rs.getLong(5),
                rs.getLong(6));
    }

    private record Row(
            String key, String label, String model, long requests, long errors, long tokensIn, long tokensOut) {}
}
