package org.millwright.inference.internal;

import java.time.Clock;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.millwright.inference.AudioClip;
import org.millwright.inference.ChatCall;
import org.millwright.inference.ChatResult;
import org.millwright.inference.InferenceException;
import org.millwright.inference.InferenceException.Reason;
import org.millwright.inference.InferenceFacade;
import org.millwright.inference.InferenceRecorded;
import org.millwright.inference.Transcription;
import org.millwright.inference.internal.chat.ChatGateway;
import org.millwright.inference.internal.chat.ChatOutcome;
import org.millwright.inference.internal.chat.ModelSelection;
import org.millwright.inference.internal.chat.ModelTarget;
import org.millwright.inference.internal.speech.SpeechGateway;
import org.millwright.platform.security.CurrentPrincipal;
import org.millwright.platform.security.MillwrightPrincipal;
import org.millwright.platform.tenancy.TenantContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;

/**
 * The inference facade: picks the tenant's chat model, asks the quota gates, calls the model
 * through the gateway (timeouts, retries, circuit breaker), and for every call, whatever its
 * outcome, publishes {@link InferenceRecorded} and records the metrics.
 */
@Service
class InferenceService implements InferenceFacade {

    static final String CANCELLED = "CANCELLED";
    static final String ERROR = "ERROR";
    private static final Logger log = LoggerFactory.getLogger(InferenceService.class);
    private static final String TRANSCRIBE_ENDPOINT = "speech.transcribe";
    private final InferenceSettings settings;
    private final ModelSelection selection;
    private final ChatGateway chat;
    private final SpeechGateway speech;
    private final List<QuotaGate> quotaGates;
    private final ApplicationEventPublisher events;
    private final InferenceMetrics metrics;
    private final Clock clock;

    InferenceService(
            InferenceSettings settings,
            ModelSelection selection,
            ChatGateway chat,
            SpeechGateway speech,
            List<QuotaGate> quotaGates,
            ApplicationEventPublisher events,
            InferenceMetrics metrics,
            Clock clock) {
        this.settings = settings;
        this.selection = selection;
        this.chat = chat;
        this.speech = speech;
        this.quotaGates = List.copyOf(quotaGates);
        this.events = events;
        this.metrics = metrics;
        this.clock = clock;
    }

    @Override
    public boolean chatAvailable() {
        return selection.target().isPresent();
    }

    @Override
    public ChatResult chat(ChatCall call) {
        return run(call, null);
    }

    @Override
    public ChatResult stream(ChatCall call, Consumer<String> onToken) {
        return run(call, java.util.Objects.requireNonNull(onToken, "onToken"));
    }

    @Override
    public boolean speechAvailable() {
        return settings.speech().configured();
    }

    private ChatResult run(ChatCall call, Consumer<String> onToken) {
        UUID tenant = TenantContext.tenant().orElse(null);
        String prompt = prompt(call);
        long start = System.nanoTime();
        ModelTarget target = null;
        StringBuilder streamed = new StringBuilder();
        long[] firstAt = {-1};
        boolean[] consumerFailed = {false};
        try {
            target = selection
                    .target()
                    .orElseThrow(() -> new InferenceException(Reason.NOT_CONFIGURED, "no chat model is configured"));
            if (tenant != null) {
                quotaGates.forEach(gate -> gate.requireTokensLeft(tenant));
            }
            ChatOutcome outcome = chat.stream(target, call.messages(), call.temperature(), call.maxTokens(), piece -> {
                if (firstAt[0] < 0) {
                    firstAt[0] = System.nanoTime();
                }
                streamed.append(piece);
                if (onToken != null) {
                    try {
                        onToken.accept(piece);
                    } catch (RuntimeException e) {
                        consumerFailed[0] = true;
                        throw e;
                    }
                }
            });
            boolean estimated = outcome.tokensIn() == null || outcome.tokensOut() == null;
            int in = outcome.tokensIn() != null ? outcome.tokensIn() : estimate(prompt);
            int out = outcome.tokensOut() != null ? outcome.tokensOut() : estimate(outcome.text());
            ChatResult result = new ChatResult(
                    outcome.text(),
                    target.provider(),
                    target.model(),
                    in,
                    out,
                    estimated,
                    millisSince(start),
                    outcome.firstTokenMillis());
            publish(chatEvent(call, tenant, target, prompt, result.text(), in, out, estimated, result, "OK", null));
            return result;
        } catch (InferenceException e) {
            String partial = e.partialText();
            boolean reached = !partial.isEmpty();
            publish(chatEvent(
                    call,
                    tenant,
                    target,
                    prompt,
                    partial,
                    reached ? estimate(prompt) : 0,
                    estimate(partial),
                    true,
                    failedResult(target, start, firstAt[0]),
                    e.reason().name(),
                    e.getMessage()));
            throw e;
        } catch (RuntimeException e) {
            // the caller's token consumer failed (the stream was cancelled), or something unforeseen
            String partial = streamed.toString();
            publish(chatEvent(
                    call,
                    tenant,
                    target,
                    prompt,
                    partial,
                    partial.isEmpty() ? 0 : estimate(prompt),
                    estimate(partial),
                    true,
                    failedResult(target, start, firstAt[0]),
                    consumerFailed[0] ? CANCELLED : ERROR,
                    e.toString()));
            throw e;
        }
    }

    @Override
    public Transcription transcribe(AudioClip clip) {
        UUID tenant = TenantContext.tenant().orElse(null);
        String prompt = "[audio " + clip.filename() + ", " + clip.contentType() + ", " + clip.bytes().length + " bytes"
                + (clip.language() == null ? "" : ", " + clip.language()) + "]";
        String model = settings.speech().configured() ? settings.speech().model() : null;
        long start = System.nanoTime();
        try {
            if (!settings.speech().configured()) {
                throw new InferenceException(Reason.NOT_CONFIGURED, "no speech-to-text server is configured");
            }
            SpeechGateway.Heard heard = speech.transcribe(clip);
            long latency = millisSince(start);
            publish(speechEvent(tenant, model, prompt, heard.text(), latency, "OK", null));
            return new Transcription(heard.text(), heard.language(), model, latency);
        } catch (InferenceException e) {
            publish(speechEvent(
                    tenant, model, prompt, "", millisSince(start), e.reason().name(), e.getMessage()));
            throw e;
        }
    }

    private InferenceRecorded chatEvent(
            ChatCall call,
            UUID tenant,
            ModelTarget target,
            String prompt,
            String response,
            int tokensIn,
            int tokensOut,
            boolean estimated,
            ChatResult timing,
            String status,
            String error) {
        String model = target == null ? null : target.model();
        metrics.record(
                model == null ? "none" : model,
                call.endpoint(),
                tenant,
                status,
                tokensIn,
                tokensOut,
                timing.latencyMillis(),
                timing.firstTokenMillis());
        return new InferenceRecorded(
                UUID.randomUUID(),
                tenant,
                call.userId(),
                call.conversationId(),
                "chat",
                call.endpoint(),
                target == null ? null : target.provider(),
                model,
                cut(prompt, settings.audit().maxPromptChars()),
                cut(response, settings.audit().maxResponseChars()),
                call.sources(),
                tokensIn,
                tokensOut,
                estimated,
                timing.latencyMillis(),
                timing.firstTokenMillis(),
                status,
                error,
                clock.instant());
    }

    private InferenceRecorded speechEvent(
            UUID tenant, String model, String prompt, String text, long latency, String status, String error) {
        int out = estimate(text);
        metrics.record(model == null ? "none" : model, TRANSCRIBE_ENDPOINT, tenant, status, 0, out, latency, null);
        UUID user = CurrentPrincipal.get()
                .filter(p -> p.kind() == MillwrightPrincipal.Kind.USER)
                .map(MillwrightPrincipal::subjectId)
                .orElse(null);
        return new InferenceRecorded(
                UUID.randomUUID(),
                tenant,
                user,
                null,
                "transcription",
                TRANSCRIBE_ENDPOINT,
                model == null ? null : "openai",
                model,
                cut(prompt, settings.audit().maxPromptChars()),
                cut(text, settings.audit().maxResponseChars()),
                List.of(),
                0,
                out,
                true,
                latency,
                null,
                status,
                error,
                clock.instant());
    }

    /** Listeners (the audit log, usage) run synchronously; their failure does not undo the answer. */
    private void publish(InferenceRecorded event) {
        try {
            events.publishEvent(event);
        } catch (RuntimeException e) {
            log.error("An InferenceRecorded listener failed for inference {}", event.id(), e);
        }
    }

    private static ChatResult failedResult(ModelTarget target, long start, long firstAt) {
        return new ChatResult(
                "",
                target == null ? null : target.provider(),
                target == null ? null : target.model(),
                0,
                0,
                true,
                millisSince(start),
                firstAt < 0 ? null : (firstAt - start) / 1_000_000);
    }

    /** The messages as one text, each prefixed by its role. */
    static String prompt(ChatCall call) {
        return call.messages().stream()
                .map(m -> m.role().name() + ": " + m.content())
                .collect(Collectors.joining("\n"));
    }

    /** About four characters per token. */
    static int estimate(String text) {
        return text == null || text.isEmpty() ? 0 : (text.length() + 3) / 4;
    }

    private static String cut(String text, int max) {
        if (text == null) {
            return "";
        }
        return text.length() > max ? text.substring(0, max) : text;
    }

    private static long millisSince(long startNanos) {
        return (System.nanoTime() - startNanos) / 1_000_000;
    }
}
