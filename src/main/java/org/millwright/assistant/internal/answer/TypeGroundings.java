package org.millwright.assistant.internal.answer;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.millwright.assistant.internal.AssistantType;
import org.millwright.assistant.internal.analysis.MaintenanceAnalysis;
import org.millwright.assistant.internal.analysis.MaintenanceAnalyst;
import org.millwright.assistant.internal.parts.PartRecommendation;
import org.millwright.assistant.internal.parts.PartsAdvisor;
import org.millwright.maintenance.PartSummary;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * What an assistant type adds to the knowledge passages: the maintenance figures of a
 * MAINTENANCE_ANALYSIS (KPIs, failures, open work orders, each with its source) and the spare
 * parts a PARTS_RECOMMENDATION finds in the catalogue. The same lines ground the model's prompt
 * and lead the extractive answer.
 */
@Component
class TypeGroundings {

    static final int PARTS = 5;

    private final MaintenanceAnalyst analyst;
    private final PartsAdvisor parts;
    private final MessageSource messages;

    TypeGroundings(MaintenanceAnalyst analyst, PartsAdvisor parts, MessageSource messages) {
        this.analyst = analyst;
        this.parts = parts;
        this.messages = messages;
    }

    /** Facts for the prompt and lines for the extractive answer; empty for the other types. */
    record Grounding(String heading, List<String> lines) {

        String forPrompt() {
            return heading + "\n" + String.join("\n", lines);
        }
    }

    Optional<Grounding> of(AskPipeline.PreparedAsk ask, UUID assetId, String assetType) {
        Locale locale = Locale.of(ask.language());
        return switch (ask.type()) {
            case MAINTENANCE_ANALYSIS -> Optional.of(analysis(ask, assetId, locale));
            case PARTS_RECOMMENDATION -> parts(ask, assetId, assetType, locale);
            default -> Optional.empty();
        };
    }

    private Grounding analysis(AskPipeline.PreparedAsk ask, UUID assetId, Locale locale) {
        MaintenanceAnalysis a = analyst.analyse(ask.question(), ask.language(), assetId, ask.siteId());
        List<String> lines = new ArrayList<>();
        lines.add(a.text());
        for (MaintenanceAnalysis.Fact f : a.facts()) {
            lines.add("- " + f.text() + " (" + f.source() + ")");
        }
        return new Grounding(messages.getMessage("assistant.grounding.analysis", null, locale), lines);
    }

    private Optional<Grounding> parts(AskPipeline.PreparedAsk ask, UUID assetId, String assetType, Locale locale) {
        List<PartRecommendation> found = parts.recommend(ask.question(), assetId, assetType, PARTS);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        List<String> lines = new ArrayList<>();
        for (PartRecommendation r : found) {
            PartSummary p = r.part();
            lines.add(messages.getMessage(
                    "assistant.grounding.part",
                    new Object[] {p.partNumber(), p.description(), onHand(p), p.unit() == null ? "" : p.unit()},
                    locale));
        }
        return Optional.of(new Grounding(messages.getMessage("assistant.grounding.parts", null, locale), lines));
    }

    private static BigDecimal onHand(PartSummary p) {
        return p.stock().stream()
                .map(PartSummary.SiteStock::onHand)
                .reduce(BigDecimal.ZERO, BigDecimal::add)
                .stripTrailingZeros();
    }

    static boolean grounded(AssistantType type) {
        return type == AssistantType.MAINTENANCE_ANALYSIS || type == AssistantType.PARTS_RECOMMENDATION;
    }
}
