package org.millwright.inference.internal.usage;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The daily usage totals (per tenant, UTC day, user and model). Each inference adds to its row
 * with an update, or inserts the row when there is none; two first inferences of a day meeting on
 * the insert make one of them fail on the primary key, and it adds again as an update. Each
 * attempt is a transaction of its own, so a failed insert leaves nothing behind (PostgreSQL would
 * otherwise refuse the rest of the transaction).
 */
@Component
public class UsageLedger {

    /** The user key of inferences made without a user (the column is part of the key). */
    public static final UUID NO_USER = new UUID(0L, 0L);

    static final int ATTEMPTS = 8;
    private final JdbcTemplate jdbc;
    private final TransactionTemplate tx;

    UsageLedger(JdbcTemplate jdbc, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.tx = new TransactionTemplate(transactions);
        this.tx.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /** Adds one inference (an error when {@code failed}) and its tokens to the day's row. */
    public void add(UUID tenantId, LocalDate day, UUID userId, String model, boolean failed, long in, long out) {
        UUID user = userId == null ? NO_USER : userId;
        String modelKey = model == null ? "" : model;
        int errors = failed ? 1 : 0;
        for (int attempt = 1; ; attempt++) {
            try {
                tx.executeWithoutResult(s -> {
                    if (update(tenantId, day, user, modelKey, errors, in, out) == 0) {
                        jdbc.update(
                                "insert into inference_usage_daily (tenant_id, usage_day, user_id, model, requests, errors,"
                                        + " tokens_in, tokens_out) values (?, ?, ?, ?, 1, ?, ?, ?)",
                                tenantId,
                                day,
                                user,
                                modelKey,
                                errors,
                                in,
                                out);
                    }
                });
                return;
            } catch (DuplicateKeyException | TransientDataAccessException e) {
                if (attempt >= ATTEMPTS) {
                    throw e;
                }
                pause(attempt);
            }
        }
    }

    private int update(UUID tenantId, LocalDate day, UUID user, String model, int errors, long in, long out) {
        return jdbc.update(
                "update inference_usage_daily set requests = requests + 1, errors = errors + ?,"
                        + " tokens_in = tokens_in + ?, tokens_out = tokens_out + ?"
                        + " where tenant_id = ? and usage_day = ? and user_id = ? and model = ?",
                errors,
                in,
                out,
                tenantId,
                day,
                user,
                model);
    }

    /** Tokens (in + out) the tenant used in {@code month} (UTC days). */
    public long tokens(UUID tenantId, YearMonth month) {
        Long sum = jdbc.queryForObject(
                "select coalesce(sum(tokens_in + tokens_out), 0) from inference_usage_daily"
                        + " where tenant_id = ? and usage_day >= ? and usage_day <= ?",
                Long.class,
                tenantId,
                month.atDay(1),
                month.atEndOfMonth());
        return sum == null ? 0 : sum;
    }

    private static void pause(int attempt) {
        try {
            Thread.sleep(ThreadLocalRandom.current().nextLong(1, 5L * attempt + 2));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while adding usage", e);
        }
    }
}
