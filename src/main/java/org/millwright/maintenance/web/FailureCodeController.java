package org.millwright.maintenance.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import org.millwright.maintenance.internal.history.FailureCodeView;
import org.millwright.maintenance.internal.history.FailureCodes;
import org.millwright.maintenance.internal.history.FailureKind;
import org.millwright.platform.error.InvalidRequestException;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@Tag(name = "Failure codes", description = "Failure modes, causes and remedies (ISO 14224-style catalogue)")
@RestController
@RequestMapping("/api/v1/maintenance/failure-codes")
class FailureCodeController {

    private final FailureCodes codes;

    FailureCodeController(FailureCodes codes) {
        this.codes = codes;
    }

    @Operation(
            summary = "The tenant's failure codes (defaults and its own), of one kind or all; names in lang (en, es)")
    @GetMapping
    @PreAuthorize("hasRole('OPERATOR')")
    List<FailureCodeView> list(
            @RequestParam(required = false) String kind, @RequestParam(required = false) String lang, Locale locale) {
        return codes.list(kind == null || kind.isBlank() ? null : kind(kind), language(lang, locale));
    }

    @GetMapping("/{kind}/{code}")
    @PreAuthorize("hasRole('OPERATOR')")
    FailureCodeView get(
            @PathVariable String kind,
            @PathVariable String code,
            @RequestParam(required = false) String lang,
            Locale locale) {
        return codes.get(kind(kind), code, language(lang, locale));
    }

    @Operation(summary = "Add a code of the tenant's own")
    @PostMapping
    @PreAuthorize("hasRole('SUPERVISOR')")
    ResponseEntity<FailureCodeView> create(@Valid @RequestBody NewCode body, Locale locale) {
        FailureCodeView created = codes.add(kind(body.kind()), body.code(), body.nameEn(), body.nameEs(), locale);
        return ResponseEntity.created(URI.create(
                        "/api/v1/maintenance/failure-codes/" + created.kind().wire() + "/" + created.code()))
                .body(created);
    }

    @Operation(summary = "Switch a code (a default or the tenant's own) on or off for the tenant")
    @PatchMapping("/{kind}/{code}")
    @PreAuthorize("hasRole('SUPERVISOR')")
    FailureCodeView activate(
            @PathVariable String kind, @PathVariable String code, @Valid @RequestBody Activation body, Locale locale) {
        return codes.setActive(kind(kind), code, body.active(), locale);
    }

    private static FailureKind kind(String value) {
        try {
            return FailureKind.fromWire(value);
        } catch (IllegalArgumentException e) {
            throw new InvalidRequestException("error.unknown-failure-kind", value);
        }
    }

    private static Locale language(String lang, Locale requested) {
        if (lang == null || lang.isBlank()) {
            return requested;
        }
        return switch (lang.strip().toLowerCase(Locale.ROOT)) {
            case "en" -> Locale.ENGLISH;
            case "es" -> Locale.of("es");
            default -> throw new InvalidRequestException("error.unknown-language", lang);
        };
    }

    record NewCode(
            @NotBlank String kind,

            @NotBlank @Size(max = 20) @Pattern(regexp = "[A-Za-z0-9][A-Za-z0-9._-]*")
            String code,

            @NotBlank @Size(max = 120) String nameEn,
            @NotBlank @Size(max = 120) String nameEs) {}

    record Activation(@NotNull Boolean active) {}
}
