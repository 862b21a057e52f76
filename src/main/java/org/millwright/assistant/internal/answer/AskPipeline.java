package org.millwright.assistant.internal.answer;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.millwright.assistant.internal.AnswerMode;
import org.millwright.assistant.internal.AssistantSettings;
import org.millwright.assistant.internal.AssistantType;
import org.millwright.assistant.internal.conversation.ConversationView;
import org.millwright.assistant.internal.conversation.Conversations;
import org.millwright.assistant.internal.conversation.Turn;
import org.millwright.assistant.internal.profile.AssistantProfiles;
import org.millwright.inference.ChatCall;
import org.millwright.inference.ChatResult;
import org.millwright.knowledge.RetrievedPassage;
import org.millwright.maintenance.AssetContext;
import org.millwright.maintenance.AssetSummary;
import org.millwright.platform.error.InvalidRequestException;
import org.millwright.platform.security.CurrentPrincipal;
import org.millwright.platform.security.MillwrightPrincipal;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import tools.jackson.databind.json.JsonMapper;

/**
 * Answers a question, the same way for {@code /ask}, SSE and WebSocket. {@link #prepare} checks
 * the question (blank or too long: 400), its conversation (another user's: 404; closed: 409) and
 * the limits (429), and starts a conversation when none is given; nothing is stored when it
 * fails. {@link #answer} then: detects the language, retrieves passages (and, for a machine,
 * the passages linked to it first), keeps the relevant ones as numbered sources, adds the
 * machine's context, and asks the model with the fixed rules, the tenant's persona and the
 * conversation's memory. Without a model, or when it fails, the answer is extractive: the best
 * sentences of the sources with their citations. Nothing relevant gives the "not covered" answer.
 * The turn is stored, and {@link #remember} folds old turns into the conversation's summary.
 */
@Service
public class AskPipeline {

    private static final Pattern CITED = Pattern.compile("\\[(\\d{1,3})]");
    private final Conversations conversations;
    private final SourceFinder finder;
    private final MachineContext machines;
    private final AnswerGenerator generator;
    private final AssistantProfiles profiles;
    private final AskLimits limits;
    private final MemoryFolder memory;
    private final AssistantSettings settings;
    private final MessageSource messages;
    private final JsonMapper json;
    private final TypeGroundings groundings;

    AskPipeline(
            Conversations conversations,
            SourceFinder finder,
            MachineContext machines,
            AnswerGenerator generator,
            AssistantProfiles profiles,
            AskLimits limits,
            MemoryFolder memory,
            AssistantSettings settings,
            MessageSource messages,
            JsonMapper json,
            TypeGroundings groundings) {
        this.conversations = conversations;
        this.finder = finder;
        this.machines = machines;
        this.generator = generator;
        this.profiles = profiles;
        this.limits = limits;
        this.memory = memory;
        this.settings = settings;
        this.messages = messages;
        this.json = json;
        this.groundings = groundings;
    }

    /** A question as clients send it; all but the question may be null. */
    public record AskRequest(
            String question, UUID conversationId, UUID assetId, UUID siteId, String type, String language) {}

    /** A checked question, counted against the limits and placed in its conversation. */
    public record PreparedAsk(
            String question,
            UUID conversationId,
            AssistantType type,
            UUID assetId,
            UUID siteId,
            String language,
            UUID userId) {}

    /** Receives the answer as it is made; {@link #reset} drops the tokens sent so far (a failed model). */
    public interface Listener {
        void token(String text);

        void reset();

        void citations(List<Citation> citations);

        Listener NONE = new Listener() {
            @Override
            public void token(String text) {}

            @Override
            public void reset() {}

            @Override
            public void citations(List<Citation> citations) {}
        };
    }

    /**
     * Checks the question and takes its place; {@code fallbackLanguage} (from {@code
     * Accept-Language}) decides when the question's language cannot be told.
     */
    public PreparedAsk prepare(AskRequest request, Locale fallbackLanguage) {
        String question = request.question() == null ? "" : request.question().strip();
        if (question.isEmpty()) {
            throw new InvalidRequestException("error.assistant.question-blank");
        }
        int max = settings.answers().maxQuestionLength();
        if (question.length() > max) {
            throw new InvalidRequestException("error.assistant.question-too-long", max);
        }
        AssistantType type = request.type() == null || request.type().isBlank()
                ? null
                : AssistantType.parse(request.type())
                        .orElseThrow(() -> new InvalidRequestException("error.assistant.unknown-type", request.type()));
        String language = language(request.language(), question, fallbackLanguage);
        MillwrightPrincipal caller = CurrentPrincipal.require();
        if (request.conversationId() != null) {
            ConversationView c = conversations.openForQuestion(request.conversationId());
            if (request.assetId() != null && machines.visible(request.assetId()).isEmpty()) {
                throw new InvalidRequestException("error.assistant.unknown-asset", request.assetId());
            }
            limits.acquire(caller, c.id());
            return new PreparedAsk(
                    question,
                    c.id(),
                    type == null ? c.assistantType() : type,
                    request.assetId() == null ? c.assetId() : request.assetId(),
                    request.siteId() == null ? c.siteId() : request.siteId(),
                    language,
                    caller.subjectId());
        }
        conversations.check(new Conversations.Start(type, request.siteId(), request.assetId(), null));
        limits.acquire(caller, null);
        ConversationView c =
                conversations.start(new Conversations.Start(type, request.siteId(), request.assetId(), null));
        limits.asked(c.id());
        return new PreparedAsk(
                question, c.id(), c.assistantType(), c.assetId(), c.siteId(), language, caller.subjectId());
    }

    private static String language(String requested, String question, Locale fallback) {
        if (requested != null && !requested.isBlank()) {
            String l = requested.strip().toLowerCase(Locale.ROOT);
            if (!l.equals(QuestionLanguage.SPANISH) && !l.equals(QuestionLanguage.ENGLISH)) {
                throw new InvalidRequestException("error.assistant.unknown-language", requested);
            }
            return l;
        }
        return QuestionLanguage.of(question, fallback == null ? null : fallback.getLanguage());
    }

    /** Answers a prepared question, telling {@code listener} as it goes, and stores the turn. */
    public AskAnswer answer(PreparedAsk ask, Listener listener) {
        long start = System.nanoTime();
        Optional<AssetContext> machine = machine(ask);
        UUID assetId = machine.map(m -> m.asset().id()).orElse(ask.assetId());
        String assetType = machine.map(m -> m.asset().type()).orElse(null);
        List<RetrievedPassage> sources = finder.find(ask.question(), ask.assetId(), assetId, assetType);
        Optional<TypeGroundings.Grounding> grounding = groundings.of(ask, assetId, assetType);
        long retrievalMillis = millis(start);
        List<AskAnswer.Image> images = sources.stream()
                .filter(p -> "image".equals(p.kind()) && p.imageUrl() != null)
                .map(p -> new AskAnswer.Image(p.documentId(), p.title(), p.imageUrl()))
                .toList();
        boolean notCovered = sources.isEmpty() && grounding.isEmpty();
        Made made = null;
        if (!notCovered || machine.isPresent()) {
            made = generated(ask, sources, machine, grounding, listener).orElse(null);
        }
        if (made == null) {
            made = extractive(ask, sources, grounding, listener);
        }
        listener.citations(made.citations());
        String citationsJson = json.writeValueAsString(made.citations());
        UUID turnId = conversations.record(
                ask.conversationId(),
                new Turn.NewTurn(
                        ask.question(),
                        made.text(),
                        ask.language(),
                        made.mode(),
                        notCovered,
                        citationsJson,
                        made.citations().stream().map(Citation::chunkId).toList(),
                        made.model(),
                        retrievalMillis,
                        millis(start) - retrievalMillis,
                        made.firstTokenMillis()));
        return new AskAnswer(
                ask.conversationId(),
                turnId,
                made.text(),
                made.mode(),
                ask.language(),
                ask.type(),
                made.citations(),
                images,
                made.model(),
                notCovered);
    }

    /** Folds the turns that left the memory window into the conversation's summary. */
    public void remember(PreparedAsk ask) {
        memory.fold(ask.conversationId(), ask.userId(), ask.language());
    }

    private Optional<AssetContext> machine(PreparedAsk ask) {
        UUID assetId = ask.assetId();
        if (assetId == null) {
            assetId = machines.named(ask.question(), ask.siteId())
                    .map(AssetSummary::id)
                    .orElse(null);
        }
        return machines.of(assetId);
    }

    private Optional<Made> generated(
            PreparedAsk ask,
            List<RetrievedPassage> sources,
            Optional<AssetContext> machine,
            Optional<TypeGroundings.Grounding> grounding,
            Listener listener) {
        if (!generator.available()) {
            return Optional.empty();
        }
        var parts = new PromptBuilder.Parts(
                ask.language(),
                ask.type(),
                profiles.persona(),
                conversations.memory(ask.conversationId()),
                sources,
                context(machine, grounding),
                ask.question());
        var call = new ChatCall(
                "assistant.ask",
                ask.userId(),
                ask.conversationId(),
                new PromptBuilder(settings.conversations().memoryTurns()).build(parts),
                sources.stream().map(p -> p.chunkId().toString()).toList(),
                null,
                null);
        StringBuilder streamed = new StringBuilder();
        Optional<ChatResult> result = generator.stream(call, token -> {
            streamed.append(token);
            listener.token(token);
        });
        if (result.isEmpty() || (result.get().text() == null && streamed.isEmpty())) {
            if (!streamed.isEmpty()) {
                listener.reset();
            }
            return Optional.empty();
        }
        String text = result.get().text() == null || result.get().text().isBlank()
                ? streamed.toString()
                : result.get().text();
        if (text.isBlank()) {
            if (!streamed.isEmpty()) {
                listener.reset();
            }
            return Optional.empty();
        }
        return Optional.of(new Made(
                text.strip(),
                AnswerMode.GENERATED,
                cited(text, sources),
                result.get().model(),
                result.get().firstTokenMillis()));
    }

    /** The sources the answer cites by number; all of them when it cites none. */
    static List<Citation> cited(String answer, List<RetrievedPassage> sources) {
        Set<Integer> numbers = new LinkedHashSet<>();
        Matcher m = CITED.matcher(answer);
        while (m.find()) {
            int n = Integer.parseInt(m.group(1));
            if (n >= 1 && n <= sources.size()) {
                numbers.add(n);
            }
        }
        List<Citation> out = new ArrayList<>();
        for (int n = 1; n <= sources.size(); n++) {
            if (numbers.isEmpty() || numbers.contains(n)) {
                out.add(Citation.of(n, sources.get(n - 1)));
            }
        }
        return out;
    }

    /** The machine's context and the type's facts, as the prompt's context block (null when none). */
    private static String context(Optional<AssetContext> machine, Optional<TypeGroundings.Grounding> grounding) {
        List<String> parts = new ArrayList<>();
        machine.map(MachineContext::render).ifPresent(parts::add);
        grounding.map(TypeGroundings.Grounding::forPrompt).ifPresent(parts::add);
        return parts.isEmpty() ? null : String.join("\n\n", parts);
    }

    private Made extractive(
            PreparedAsk ask,
            List<RetrievedPassage> sources,
            Optional<TypeGroundings.Grounding> grounding,
            Listener listener) {
        Locale locale = Locale.of(ask.language());
        var sentences = new ExtractiveAnswers(settings.answers().extractiveSentences())
                .extract(ask.question(), ask.language(), sources);
        if (grounding.isPresent()) {
            return grounded(ask, sources, grounding.get(), sentences, listener);
        }
        if (sentences.isEmpty()) {
            String text = messages.getMessage("assistant.answer.not-covered", null, locale);
            listener.token(text);
            return new Made(text, AnswerMode.EXTRACTIVE, List.of(), null, null);
        }
        List<String> lines = new ArrayList<>();
        lines.add(messages.getMessage("assistant.answer.extractive-intro", null, locale) + "\n\n");
        Set<Integer> used = new LinkedHashSet<>();
        for (ExtractiveAnswers.Sentence s : sentences) {
            lines.add("- " + s.text() + " [" + s.n() + "]\n");
            used.add(s.n());
        }
        lines.forEach(listener::token);
        List<Citation> citations = used.stream()
                .sorted()
                .map(n -> Citation.of(n, sources.get(n - 1)))
                .toList();
        return new Made(String.join("", lines).strip(), AnswerMode.EXTRACTIVE, citations, null, null);
    }

    /** The type's facts first, then the knowledge sentences that bear on the question, cited. */
    private Made grounded(
            PreparedAsk ask,
            List<RetrievedPassage> sources,
            TypeGroundings.Grounding grounding,
            List<ExtractiveAnswers.Sentence> sentences,
            Listener listener) {
        List<String> lines = new ArrayList<>();
        lines.add(grounding.heading() + "\n");
        grounding.lines().forEach(l -> lines.add(l + "\n"));
        Set<Integer> used = new LinkedHashSet<>();
        if (!sentences.isEmpty()) {
            lines.add("\n" + messages.getMessage("assistant.answer.extractive-intro", null, Locale.of(ask.language()))
                    + "\n\n");
            for (ExtractiveAnswers.Sentence s : sentences) {
                lines.add("- " + s.text() + " [" + s.n() + "]\n");
                used.add(s.n());
            }
        }
        lines.forEach(listener::token);
        List<Citation> citations = used.stream()
                .sorted()
                .map(n -> Citation.of(n, sources.get(n - 1)))
                .toList();
        return new Made(String.join("", lines).strip(), AnswerMode.EXTRACTIVE, citations, null, null);
    }

    private static long millis(long startNanos) {
        return (System.nanoTime() - startNanos) / 1_000_000;
    }

    private record Made(String text, AnswerMode mode, List<Citation> citations, String model, Long firstTokenMillis) {}
}
