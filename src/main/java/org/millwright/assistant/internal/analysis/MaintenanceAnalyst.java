package org.millwright.assistant.internal.analysis;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.millwright.assistant.internal.AssistantSettings;
import org.millwright.assistant.internal.analysis.MaintenanceAnalysis.Fact;
import org.millwright.maintenance.AssetContext;
import org.millwright.maintenance.KpiGrouping;
import org.millwright.maintenance.KpiQuery;
import org.millwright.maintenance.KpiReport;
import org.millwright.maintenance.MaintenanceFacade;
import org.millwright.maintenance.MaintenanceKpis;
import org.millwright.maintenance.WorkOrderSummary;
import org.millwright.platform.error.NotFoundException;
import org.millwright.platform.tenancy.SiteService;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Analyses maintenance for a question about a machine, a site or every site the caller sees: the
 * KPIs of the period the question names (MTBF, MTTR, availability, failures by mode, backlog, cost,
 * preventive compliance) and, for a machine, its open work orders and recent failures. Everything
 * said is a {@link Fact} with its source. Works in the tenant of {@code TenantContext}, seeing what
 * the caller may see.
 */
@Component
public class MaintenanceAnalyst {

    static final int MODES = 3;
    static final int WORST_ASSETS = 3;
    static final int RECENT_FAILURES = 5;
    static final int OPEN_WORK_ORDERS = 10;

    private final MaintenanceKpis kpis;
    private final MaintenanceFacade maintenance;
    private final SiteService sites;
    private final MessageSource messages;
    private final Clock clock;
    private final int defaultMonths;

    MaintenanceAnalyst(
            MaintenanceKpis kpis,
            MaintenanceFacade maintenance,
            SiteService sites,
            MessageSource messages,
            Clock clock,
            AssistantSettings settings) {
        this.kpis = kpis;
        this.maintenance = maintenance;
        this.sites = sites;
        this.messages = messages;
        this.clock = clock;
        this.defaultMonths = settings.feedback().analysisPeriod();
    }

    /**
     * The analysis for {@code question} in {@code language} ({@code es…} is Spanish, anything else
     * English) of one machine ({@code assetId}), else one site ({@code siteId}), else every site
     * the caller sees.
     *
     * @throws NotFoundException for a machine or site the caller cannot see
     */
    public MaintenanceAnalysis analyse(String question, String language, UUID assetId, UUID siteId) {
        Locale locale = language != null && language.toLowerCase(Locale.ROOT).startsWith("es")
                ? Locale.forLanguageTag("es")
                : Locale.ENGLISH;
        Optional<AssetContext> context = Optional.empty();
        if (assetId != null) {
            context = maintenance.assetContext(assetId);
            if (context.isEmpty()) {
                throw NotFoundException.of("entity.asset", assetId);
            }
        }
        UUID site = assetId == null ? siteId : null;
        ZoneId zone = kpis.zone(site, assetId);
        AnalysisPeriod period = AnalysisPeriod.of(question, LocalDate.now(clock.withZone(zone)), defaultMonths);
        Instant from = period.from().atStartOfDay(zone).toInstant();
        Instant to = period.to().atStartOfDay(zone).toInstant();
        KpiReport report = kpis.kpis(new KpiQuery(site, assetId, null, from, to, KpiGrouping.NONE, null));

        Writer w = new Writer(locale, period);
        List<Fact> facts = new ArrayList<>();
        String scope = context.map(c -> w.say(
                        "analysis.scope.asset", c.asset().code(), c.asset().name()))
                .orElseGet(() -> site != null
                        ? w.say("analysis.scope.site", sites.get(site).name())
                        : w.say("analysis.scope.all"));
        String intro = w.say("analysis.intro", scope, w.numbers.date(period.from()), w.numbers.date(lastDay(period)));
        kpiFacts(report.total(), w, facts);
        if (context.isEmpty()) {
            worstAssets(site, from, to, w, facts);
        }
        context.ifPresent(c -> machineFacts(c, report.total(), from, w, facts));

        StringBuilder text = new StringBuilder(intro);
        for (Fact f : facts) {
            text.append('\n').append("- ").append(f.text());
        }
        return new MaintenanceAnalysis(
                locale.getLanguage(), text.toString(), from, to, zone.getId(), period.named(), facts);
    }

    private void kpiFacts(KpiReport.Group g, Writer w, List<Fact> facts) {
        facts.add(w.kpi(
                "failures",
                "analysis.kpi.failures",
                w.numbers.integer(g.failures()),
                w.numbers.hours(g.downtimeHours())));
        facts.add(
                g.mtbfHours() == null
                        ? w.kpi("mtbf", "analysis.kpi.mtbf-none")
                        : w.kpi("mtbf", "analysis.kpi.mtbf", w.numbers.hours(g.mtbfHours())));
        if (g.mttrHours() != null) {
            facts.add(w.kpi("mttr", "analysis.kpi.mttr", w.numbers.hours(g.mttrHours())));
        }
        if (g.availability() != null) {
            facts.add(w.kpi("availability", "analysis.kpi.availability", w.numbers.percent(g.availability())));
        }
        g.failuresByMode().stream()
                .limit(MODES)
                .forEach(m -> facts.add(new Fact(
                        "failure-mode",
                        w.say(
                                "analysis.kpi.mode",
                                modeName(m, w.locale),
                                w.numbers.integer(m.failures()),
                                w.numbers.hours(m.downtimeHours())),
                        w.source("failures-by-mode"),
                        null)));
        if (g.backlog() != null) {
            KpiReport.Backlog b = g.backlog();
            facts.add(w.kpi(
                    "backlog",
                    "analysis.kpi.backlog",
                    w.numbers.integer(b.workOrders()),
                    w.numbers.hours(b.estimatedHours()),
                    w.numbers.integer(b.withoutEstimate())));
        }
        if (g.pmCompliance() != null && g.pmCompliance().compliance() != null) {
            KpiReport.PmCompliance pm = g.pmCompliance();
            facts.add(w.kpi(
                    "pm-compliance",
                    "analysis.kpi.pm",
                    w.numbers.percent(pm.compliance()),
                    w.numbers.integer(pm.onTime()),
                    w.numbers.integer(pm.due())));
        }
        if (g.cost() != null && g.cost().total() != null && g.cost().total().signum() > 0) {
            KpiReport.Cost c = g.cost();
            facts.add(w.kpi(
                    "cost",
                    "analysis.kpi.cost",
                    w.numbers.amount(c.total()),
                    w.numbers.amount(orZero(c.parts())),
                    w.numbers.amount(orZero(c.labour()))));
        }
    }

    /** For a site or every site: the machines with most failures in the period. */
    private void worstAssets(UUID site, Instant from, Instant to, Writer w, List<Fact> facts) {
        KpiReport byAsset = kpis.kpis(new KpiQuery(site, null, null, from, to, KpiGrouping.ASSET, WORST_ASSETS));
        for (KpiReport.Group g : byAsset.groups()) {
            if (g.failures() > 0) {
                facts.add(new Fact(
                        "asset",
                        w.say(
                                "analysis.asset",
                                g.code(),
                                g.name(),
                                w.numbers.integer(g.failures()),
                                w.numbers.hours(g.downtimeHours())),
                        w.source("failures-by-asset"),
                        null));
            }
        }
    }

    /** A machine's open work orders and its failures of the period, newest first. */
    private void machineFacts(AssetContext c, KpiReport.Group total, Instant from, Writer w, List<Fact> facts) {
        for (WorkOrderSummary wo :
                c.openWorkOrders().stream().limit(OPEN_WORK_ORDERS).toList()) {
            String due = wo.dueDate() == null ? w.say("analysis.no-due") : w.numbers.date(wo.dueDate());
            facts.add(new Fact(
                    "work-order",
                    w.say(
                            "analysis.work-order",
                            wo.number(),
                            wo.title(),
                            w.say("analysis.priority." + wo.priority().name()),
                            w.say("analysis.status." + wo.status().name()),
                            due),
                    wo.number(),
                    wo.id()));
        }
        Map<String, KpiReport.FailureMode> modes = new HashMap<>();
        total.failuresByMode().forEach(m -> modes.put(m.code(), m));
        ZoneId zone = ZoneId.of(w.zoneOf(c));
        c.recentWork().stream()
                .filter(p -> p.failureMode() != null
                        && p.finishedAt() != null
                        && !p.finishedAt().isBefore(from))
                .limit(RECENT_FAILURES)
                .forEach(p -> {
                    LocalDate day = p.finishedAt().atZone(zone).toLocalDate();
                    KpiReport.FailureMode mode = modes.get(p.failureMode());
                    String modeName = mode == null ? p.failureMode() : modeName(mode, w.locale);
                    String number = p.workOrderId() == null
                            ? null
                            : maintenance
                                    .find(p.workOrderId())
                                    .map(WorkOrderSummary::number)
                                    .orElse(null);
                    String down = p.downtimeMinutes() == null ? "?" : w.numbers.hours(p.downtimeMinutes() / 60.0);
                    facts.add(new Fact(
                            "failure",
                            w.say(
                                    "analysis.failure",
                                    w.numbers.date(day),
                                    modeName,
                                    p.description() == null ? "" : p.description(),
                                    down),
                            number != null ? number : w.say("analysis.history-source", day.toString()),
                            p.workOrderId() != null ? p.workOrderId() : p.recordId()));
                });
    }

    private static String modeName(KpiReport.FailureMode m, Locale locale) {
        if (m.code() == null) {
            return locale.getLanguage().equals("es") ? "sin modo" : "no mode";
        }
        String name = locale.getLanguage().equals("es") ? m.nameEs() : m.nameEn();
        return name == null || name.isBlank() ? m.code() : name + " (" + m.code() + ")";
    }

    private static LocalDate lastDay(AnalysisPeriod p) {
        return p.to().minusDays(1);
    }

    private static BigDecimal orZero(BigDecimal v) {
        return v == null ? BigDecimal.ZERO : v;
    }

    /** Sentences and sources in one language for one period. */
    private final class Writer {
        final Locale locale;
        final Numbers numbers;
        final AnalysisPeriod period;

        Writer(Locale locale, AnalysisPeriod period) {
            this.locale = locale;
            this.numbers = new Numbers(locale);
            this.period = period;
        }

        String say(String key, Object... args) {
            return messages.getMessage(key, args, locale);
        }

        /** A KPI's source: its name and the period ({@code KPI mtbf 2025-01-01/2025-12-31}). */
        String source(String kpi) {
            return "KPI " + kpi + " " + Numbers.isoRange(period.from(), lastDay(period));
        }

        Fact kpi(String name, String key, Object... args) {
            return new Fact("kpi", say(key, args), source(name), null);
        }

        String zoneOf(AssetContext c) {
            return kpis.zone(null, c.asset().id()).getId();
        }
    }
}
