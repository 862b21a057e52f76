package org.millwright.inference.internal.audit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.millwright.inference.InferenceRecorded;
import org.millwright.inference.internal.AuditSettings;
import org.millwright.inference.internal.InferenceSettings;
import org.millwright.platform.error.NotFoundException;
import org.millwright.platform.tenancy.TenantContext;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The audit rows of inferences: written from {@link InferenceRecorded}, listed with filters newest
 * first, read one by one and exported as CSV. Every read is of the tenant in context.
 */
@Service
public class InferenceAudit {

    static final int MAX_SOURCES_CHARS = 4000;
    static final int MAX_ERROR_CHARS = 2000;
    private static final int FETCH = 500;
    private static final String SUMMARY_COLUMNS = "id, created_at, user_id, conversation_id, kind, endpoint, provider,"
            + " model, status, error, tokens_in, tokens_out, tokens_estimated, latency_ms, first_token_ms";
    private static final List<String> CSV_HEADER = List.of(
            "id",
            "created_at",
            "user_id",
            "conversation_id",
            "kind",
            "endpoint",
            "provider",
            "model",
            "status",
            "error",
            "tokens_in",
            "tokens_out",
            "tokens_estimated",
            "latency_ms",
            "first_token_ms",
            "sources",
            "prompt",
            "response");
    private final JdbcTemplate jdbc;
    private final AuditSettings settings;

    InferenceAudit(DataSource dataSource, InferenceSettings settings) {
        this.jdbc = new JdbcTemplate(dataSource);
        this.jdbc.setFetchSize(FETCH);
        this.settings = settings.audit();
    }

    /**
     * Writes the row of an inference, its texts cut to the configured bounds; in the caller's
     * transaction.
     *
     * @throws org.springframework.dao.DuplicateKeyException when the event was already written
     */
    public void write(InferenceRecorded e) {
        jdbc.update(
                "insert into inference_audit (id, tenant_id, user_id, conversation_id, kind, endpoint, provider, model,"
                        + " prompt, response, sources, tokens_in, tokens_out, tokens_estimated, latency_ms,"
                        + " first_token_ms, status, error, created_at)"
                        + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                e.id() == null ? UUID.randomUUID() : e.id(),
                e.tenantId(),
                e.userId(),
                e.conversationId(),
                cut(e.kind() == null ? "chat" : e.kind(), 20),
                cut(e.endpoint() == null ? "" : e.endpoint(), 80),
                cut(e.provider(), 40),
                cut(e.model(), 200),
                cut(e.prompt(), settings.maxPromptChars()),
                cut(e.response(), settings.maxResponseChars()),
                sources(e.sources()),
                Math.max(0, e.tokensIn()),
                Math.max(0, e.tokensOut()),
                e.tokensEstimated(),
                Math.max(0, e.latencyMillis()),
                e.firstTokenMillis(),
                cut(status(e), 30),
                cut(e.error(), MAX_ERROR_CHARS),
                (e.at() == null ? Instant.now() : e.at()).atOffset(ZoneOffset.UTC));
    }

    /** The status a row gets: the event's, else OK when it tells no error. */
    static String status(InferenceRecorded e) {
        if (e.status() != null && !e.status().isBlank()) {
            return e.status();
        }
        return e.error() == null ? "OK" : "UNAVAILABLE";
    }

    /** Rows of the tenant in context matching {@code query}, newest first. */
    @Transactional(readOnly = true)
    public Page<AuditSummary> list(AuditQuery query, Pageable page) {
        List<Object> args = new ArrayList<>();
        String where = where(query, args);
        long total = jdbc.queryForObject("select count(*) from inference_audit" + where, Long.class, args.toArray());
        args.add(page.getOffset());
        args.add(page.getPageSize());
        List<AuditSummary> rows = jdbc.query(
                "select " + SUMMARY_COLUMNS + " from inference_audit" + where
                        + " order by created_at desc, id desc offset ? rows fetch next ? rows only",
                (rs, n) -> summary(rs),
                args.toArray());
        return new PageImpl<>(rows, page, total);
    }

    /** One row of the tenant in context. */
    @Transactional(readOnly = true)
    public AuditEntryView get(UUID id) {
        return jdbc
                .query(
                        "select " + SUMMARY_COLUMNS + ", sources, prompt, response from inference_audit"
                                + " where tenant_id = ? and id = ?",
                        (rs, n) -> entry(rs),
                        TenantContext.require(),
                        id)
                .stream()
                .findFirst()
                .orElseThrow(() -> NotFoundException.of("entity.inference-audit", id));
    }

    /**
     * Writes the rows of the tenant in context matching {@code query} as CSV, newest first, streamed
     * from the database; text cells a spreadsheet would run as formulas are neutralised.
     */
    @Transactional(readOnly = true)
    public void export(AuditQuery query, Writer out) {
        List<Object> args = new ArrayList<>();
        String where = where(query, args);
        try (CSVPrinter csv = new CSVPrinter(
                out,
                CSVFormat.RFC4180
                        .builder()
                        .setHeader(CSV_HEADER.toArray(String[]::new))
                        .get())) {
            jdbc.query(
                    "select " + SUMMARY_COLUMNS + ", sources, prompt, response from inference_audit" + where
                            + " order by created_at desc, id desc",
                    rs -> {
                        try {
                            csv.printRecord(csvRow(entry(rs)));
                        } catch (IOException e) {
                            throw new UncheckedIOException(e);
                        }
                    },
                    args.toArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<Object> csvRow(AuditEntryView r) {
        return Arrays.asList(
                r.id(),
                r.createdAt(),
                r.userId(),
                r.conversationId(),
                CsvCells.safe(r.kind()),
                CsvCells.safe(r.endpoint()),
                CsvCells.safe(r.provider()),
                CsvCells.safe(r.model()),
                CsvCells.safe(r.status()),
                CsvCells.safe(r.error()),
                r.tokensIn(),
                r.tokensOut(),
                r.tokensEstimated(),
                r.latencyMs(),
                r.firstTokenMs(),
                CsvCells.safe(String.join(" ", r.sources())),
                CsvCells.safe(r.prompt()),
                CsvCells.safe(r.response()));
    }

    private static String where(AuditQuery q, List<Object> args) {
        StringBuilder sql = new StringBuilder(" where tenant_id = ?");
        args.add(TenantContext.require());
        if (q.from() != null) {
            sql.append(" and created_at >= ?");
            args.add(q.from().atOffset(ZoneOffset.UTC));
        }
        if (q.to() != null) {
            sql.append(" and created_at < ?");
            args.add(q.to().atOffset(ZoneOffset.UTC));
        }
        equal(sql, args, "user_id", q.userId());
        equal(sql, args, "conversation_id", q.conversationId());
        equal(sql, args, "model", q.model());
        equal(sql, args, "endpoint", q.endpoint());
        equal(sql, args, "status", q.status());
        equal(sql, args, "kind", q.kind());
        return sql.toString();
    }

    private static void equal(StringBuilder sql, List<Object> args, String column, Object value) {
        if (value != null) {
            sql.append(" and ").append(column).append(" = ?");
            args.add(value);
        }
    }

    private static AuditSummary summary(ResultSet rs) throws SQLException {
        return new AuditSummary(
                rs.getObject(1, UUID.class),
                rs.getObject(2, OffsetDateTime.class).toInstant(),
                rs.getObject(3, UUID.class),
                rs.getObject(4, UUID.class),
                rs.getString(5),
                rs.getString(6),
                rs.getString(7),
                rs.getString(8),
                rs.getString(9),
                rs.getString(10),
                rs.getInt(11),
                rs.getInt(12),
                rs.getBoolean(13),
                rs.getLong(14),
                rs.getObject(15, Long.class));
    }

    private static AuditEntryView entry(ResultSet rs) throws SQLException {
        AuditSummary s = summary(rs);
        String sources = rs.getString(16);
        return new AuditEntryView(
                s.id(),
                s.createdAt(),
                s.userId(),
                s.conversationId(),
                s.kind(),
                s.endpoint(),
                s.provider(),
                s.model(),
                s.status(),
                s.error(),
                s.tokensIn(),
                s.tokensOut(),
                s.tokensEstimated(),
                s.latencyMs(),
                s.firstTokenMs(),
                sources == null || sources.isEmpty() ? List.of() : List.of(sources.split("\n")),
                rs.getString(17),
                rs.getString(18));
    }

    /** The sources, one per line, as many whole ones as fit the column. */
    static String sources(List<String> sources) {
        StringBuilder joined = new StringBuilder();
        for (String source : sources) {
            String one = source == null ? "" : source.replace('\n', ' ').strip();
            if (one.isEmpty()) {
                continue;
            }
            int needed = joined.isEmpty() ? one.length() : one.length() + 1;
            if (joined.length() + needed > MAX_SOURCES_CHARS) {
                break;
            }
            if (!joined.isEmpty()) {
                joined.append('\n');
            }
            joined.append(one);
        }
        return joined.isEmpty() ? null : joined.toString();
    }

    static String cut(String value, int max) {
        if (value == null || value.length() <= max) {
            return value;
        }
        int end = max;
        if (Character.isHighSurrogate(value.charAt(end - 1))) {
            end--;
        }
        return value.substring(0, end);
    }
}
