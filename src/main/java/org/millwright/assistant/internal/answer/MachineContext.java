package org.millwright.assistant.internal.answer;

import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;
import org.millwright.maintenance.AssetContext;
import org.millwright.maintenance.AssetRegistry;
import org.millwright.maintenance.AssetSummary;
import org.millwright.maintenance.MaintenanceFacade;
import org.millwright.maintenance.TimelineItem;
import org.millwright.maintenance.WorkOrderSummary;
import org.millwright.platform.security.CurrentPrincipal;
import org.millwright.platform.tenancy.SiteService;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Component;

/**
 * The machine a question is about, and what maintenance knows of it: the asset given, else the
 * conversation's, else one the question names by its code (e.g. "P-101"), among the machines of
 * the plants the caller sees. Rendered as plain text for the model's {@code <machine>} block.
 */
@Component
public class MachineContext {

    static final int MAX_SITES = 50;
    private static final Pattern HAS_DIGIT = Pattern.compile(".*\\d.*", Pattern.DOTALL);
    private final MaintenanceFacade maintenance;
    private final AssetRegistry assets;
    private final SiteService sites;

    MachineContext(MaintenanceFacade maintenance, AssetRegistry assets, SiteService sites) {
        this.maintenance = maintenance;
        this.assets = assets;
        this.sites = sites;
    }

    /** The context of a machine the caller may see, or empty. */
    public Optional<AssetContext> of(UUID assetId) {
        return assetId == null ? Optional.empty() : maintenance.assetContext(assetId);
    }

    /** A machine of the tenant in context that the caller may see, or empty. */
    public Optional<AssetSummary> visible(UUID assetId) {
        var caller = CurrentPrincipal.get();
        return assets.find(assetId)
                .filter(a -> caller.map(p -> p.canSee(a.siteId())).orElse(true));
    }

    /** A machine named by its code in {@code question}, in {@code siteId} when given, else in any plant seen. */
    public Optional<AssetSummary> named(String question, UUID siteId) {
        if (question == null || !HAS_DIGIT.matcher(question).matches()) {
            return Optional.empty();
        }
        String text = " " + question.toUpperCase(Locale.ROOT) + " ";
        List<UUID> siteIds = siteId != null
                ? List.of(siteId)
                : sites.list(PageRequest.of(0, MAX_SITES, Sort.by("code"))).stream()
                        .map(SiteService.SiteView::id)
                        .toList();
        var caller = CurrentPrincipal.get();
        for (UUID site : siteIds) {
            if (caller.isPresent() && !caller.get().canSee(site)) {
                continue;
            }
            for (AssetSummary asset : assets.ofSite(site)) {
                if (mentions(text, asset.code())) {
                    return Optional.of(asset);
                }
            }
        }
        return Optional.empty();
    }

    static boolean mentions(String upperText, String code) {
        if (code == null || code.length() < 3) {
            return false;
        }
        String c = code.toUpperCase(Locale.ROOT);
        int at = upperText.indexOf(c);
        while (at >= 0) {
            char before = at == 0 ? ' ' : upperText.charAt(at - 1);
            int end = at + c.length();
            char after = end >= upperText.length() ? ' ' : upperText.charAt(end);
            if (!codeChar(before) && !codeChar(after)) {
                return true;
            }
            at = upperText.indexOf(c, at + 1);
        }
        return false;
    }

    private static boolean codeChar(char ch) {
        return Character.isLetterOrDigit(ch) || ch == '-' || ch == '_';
    }

    /** The context as text for the model. */
    public static String render(AssetContext context) {
        AssetSummary a = context.asset();
        StringBuilder out = new StringBuilder("Machine ")
                .append(a.code())
                .append(" — ")
                .append(a.name())
                .append(" (type ")
                .append(a.type());
        append(out, ", criticality ", a.criticality());
        append(out, ", status ", a.status());
        append(out, ", manufacturer ", a.manufacturer());
        append(out, ", model ", a.model());
        append(out, ", serial ", a.serialNumber());
        append(out, ", installed ", a.installDate());
        out.append(")\n");
        if (!context.openWorkOrders().isEmpty()) {
            out.append("Open work orders:\n");
            for (WorkOrderSummary w : context.openWorkOrders()) {
                out.append("- ")
                        .append(w.number())
                        .append(' ')
                        .append(w.title())
                        .append(" (")
                        .append(w.type())
                        .append(", ")
                        .append(w.status())
                        .append(", priority ")
                        .append(w.priority())
                        .append(", opened ")
                        .append(w.createdAt().atOffset(ZoneOffset.UTC).toLocalDate())
                        .append(")\n");
            }
        }
        if (!context.recentWork().isEmpty()) {
            out.append("Recent maintenance:\n");
            for (AssetContext.PastWork w : context.recentWork()) {
                out.append("- ")
                        .append(
                                w.finishedAt() == null
                                        ? ""
                                        : w.finishedAt()
                                                .atOffset(ZoneOffset.UTC)
                                                .toLocalDate())
                        .append(' ')
                        .append(w.workType())
                        .append(": ")
                        .append(w.description() == null ? "" : w.description());
                append(out, "; failure ", w.failureMode());
                append(out, "; cause ", w.failureCause());
                append(out, "; remedy ", w.remedy());
                if (w.downtimeMinutes() != null) {
                    out.append("; downtime ").append(w.downtimeMinutes()).append(" min");
                }
                out.append('\n');
            }
        }
        if (!context.recentTimeline().isEmpty()) {
            out.append("Latest events:\n");
            for (TimelineItem t : context.recentTimeline()) {
                out.append("- ")
                        .append(t.occurredAt().atOffset(ZoneOffset.UTC).toLocalDate())
                        .append(' ')
                        .append(t.summary() == null ? t.action() : t.summary())
                        .append('\n');
            }
        }
        return out.toString();
    }

    private static void append(StringBuilder out, String label, Object value) {
        if (value != null && !value.toString().isBlank()) {
            out.append(label).append(value);
        }
    }
}
