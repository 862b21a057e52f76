package org.millwright.assistant.internal.profile;

import java.time.Instant;
import org.millwright.assistant.internal.AssistantSettings;
import org.millwright.platform.audit.AuditLog;
import org.millwright.platform.error.InvalidRequestException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The tenant's assistant persona: how its assistant presents itself (name, tone, plant
 * vocabulary). It is added after Millwright's fixed rules and never replaces them.
 */
@Service
public class AssistantProfiles {

    private final AssistantProfileRepository profiles;
    private final AssistantSettings settings;
    private final AuditLog audit;

    AssistantProfiles(AssistantProfileRepository profiles, AssistantSettings settings, AuditLog audit) {
        this.profiles = profiles;
        this.settings = settings;
        this.audit = audit;
    }

    /** The persona and when it was last changed (null when never set). */
    public record Profile(String persona, Instant updatedAt) {}

    @Transactional(readOnly = true)
    public Profile get() {
        return profiles.findFirstBy()
                .map(p -> new Profile(p.getPersona(), p.getUpdatedAt()))
                .orElse(new Profile("", null));
    }

    /** The persona of the tenant in context, empty when none. */
    @Transactional(readOnly = true)
    public String persona() {
        return profiles.findFirstBy().map(AssistantProfile::getPersona).orElse("");
    }

    @Transactional
    public Profile update(String persona) {
        String text = persona == null ? "" : persona.strip();
        if (text.length() > settings.answers().maxPersonaLength()) {
            throw new InvalidRequestException(
                    "error.assistant.persona-too-long", settings.answers().maxPersonaLength());
        }
        String before = persona();
        AssistantProfile profile = profiles.findFirstBy().orElseGet(() -> new AssistantProfile(text));
        profile.setPersona(text);
        profiles.saveAndFlush(profile);
        audit.record("assistant.profile.updated", "assistant-profile", null, before, text);
        return new Profile(profile.getPersona(), profile.getUpdatedAt());
    }
}
