package org.millwright.assistant.internal.answer;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.millwright.assistant.internal.AssistantType;
import org.millwright.platform.jobs.JobHandler;
import org.millwright.platform.jobs.Jobs;
import org.millwright.platform.security.CurrentPrincipal;
import org.millwright.platform.security.MillwrightPrincipal;
import org.millwright.platform.security.Role;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * A question answered in the background ({@code /ask?async=true}): {@link #submit} takes a
 * question already checked, counted and placed by {@link AskPipeline#prepare}; the job answers it
 * with the same pipeline as the caller who asked (their role and plants, taken when they asked),
 * in their tenant, and its result is the {@link AskAnswer}.
 */
@Component
public class AskJob implements JobHandler {

    public static final String TYPE = "assistant-ask";
    private final AskPipeline pipeline;
    private final Jobs jobs;

    AskJob(AskPipeline pipeline, Jobs jobs) {
        this.pipeline = pipeline;
        this.jobs = jobs;
    }

    @Override
    public String type() {
        return TYPE;
    }

    /** Queues a prepared question; call outside a transaction. */
    public Jobs.JobView submit(AskPipeline.PreparedAsk ask) {
        MillwrightPrincipal caller = CurrentPrincipal.require();
        Map<String, Object> params = new HashMap<>();
        params.put("question", ask.question());
        params.put("conversationId", ask.conversationId().toString());
        params.put("type", ask.type().name());
        put(params, "assetId", ask.assetId());
        put(params, "siteId", ask.siteId());
        params.put("language", ask.language());
        params.put("userId", ask.userId().toString());
        params.put("callerKind", caller.kind().name());
        params.put("callerTenant", caller.tenantId().toString());
        params.put("callerRole", caller.role() == null ? "" : caller.role().name());
        params.put("callerPlatformAdmin", caller.platformAdmin());
        params.put("callerSites", caller.siteIds().stream().map(UUID::toString).toList());
        params.put("callerLabel", caller.label() == null ? "" : caller.label());
        return jobs.submit(TYPE, params);
    }

    @Override
    public Object run(Map<String, Object> params, Progress progress) {
        AskPipeline.PreparedAsk ask = new AskPipeline.PreparedAsk(
                params.get("question").toString(),
                uuid(params, "conversationId"),
                AssistantType.valueOf(params.get("type").toString()),
                uuid(params, "assetId"),
                uuid(params, "siteId"),
                params.get("language").toString(),
                uuid(params, "userId"));
        MillwrightPrincipal caller = caller(params, ask.userId());
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(caller, null, caller.authorities()));
        SecurityContextHolder.setContext(context);
        try {
            progress.report(10, "answering");
            AskAnswer answer = pipeline.answer(ask, AskPipeline.Listener.NONE);
            progress.report(90, "answered");
            pipeline.remember(ask);
            return answer;
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    private static MillwrightPrincipal caller(Map<String, Object> params, UUID subject) {
        String role = params.get("callerRole").toString();
        Set<UUID> sites = params.get("callerSites") instanceof List<?> list
                ? list.stream().map(s -> UUID.fromString(s.toString())).collect(Collectors.toSet())
                : Set.of();
        String label = params.get("callerLabel").toString();
        return new MillwrightPrincipal(
                subject,
                MillwrightPrincipal.Kind.valueOf(params.get("callerKind").toString()),
                uuid(params, "callerTenant"),
                role.isEmpty() ? null : Role.valueOf(role),
                Boolean.TRUE.equals(params.get("callerPlatformAdmin")),
                sites,
                label.isEmpty() ? null : label);
    }

    private static void put(Map<String, Object> params, String name, UUID value) {
        if (value != null) {
            params.put(name, value.toString());
        }
    }

    private static UUID uuid(Map<String, Object> params, String name) {
        Object value = params.get(name);
        return value == null ? null : UUID.fromString(value.toString());
    }
}
