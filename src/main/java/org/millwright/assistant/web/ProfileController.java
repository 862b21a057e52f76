package org.millwright.assistant.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.millwright.assistant.internal.profile.AssistantProfiles;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@Tag(name = "Assistant profile", description = "The tenant's assistant persona")
@RestController
@RequestMapping("/api/v1/assistant/profile")
class ProfileController {

    private final AssistantProfiles profiles;

    ProfileController(AssistantProfiles profiles) {
        this.profiles = profiles;
    }

    @Operation(summary = "The tenant's assistant persona (added after Millwright's fixed rules)")
    @GetMapping
    @PreAuthorize("hasRole('ADMIN')")
    AssistantProfiles.Profile get() {
        return profiles.get();
    }

    @Operation(summary = "Set the tenant's assistant persona: tone, name, plant vocabulary (empty to clear)")
    @PutMapping
    @PreAuthorize("hasRole('ADMIN')")
    AssistantProfiles.Profile put(@Valid @RequestBody ProfileBody body) {
        return profiles.update(body.persona());
    }

    record ProfileBody(@NotNull String persona) {}
}
