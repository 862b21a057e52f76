package org.millwright.maintenance.internal.history;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.millwright.platform.audit.AuditLog;
import org.millwright.platform.error.ConflictException;
import org.millwright.platform.error.NotFoundException;
import org.millwright.platform.error.UnprocessableException;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The failure-code catalogue of the tenant in context: the default catalogue, less the codes the
 * tenant switched off, plus the tenant's own codes. Work orders and the history check their codes
 * here with {@link #check}.
 */
@Service
public class FailureCodes {

    private final FailureCatalogue defaults;
    private final FailureCodeRepository codes;
    private final AuditLog audit;

    FailureCodes(FailureCatalogue defaults, FailureCodeRepository codes, AuditLog audit) {
        this.defaults = defaults;
        this.codes = codes;
        this.audit = audit;
    }

    /** The codes of one kind (or of all kinds when null), defaults first in catalogue order, then the tenant's own by code. */
    @Transactional(readOnly = true)
    public List<FailureCodeView> list(FailureKind kind, Locale lang) {
        List<FailureCodeView> all = new ArrayList<>();
        for (FailureKind k : kind == null ? List.of(FailureKind.values()) : List.of(kind)) {
            Map<String, FailureCode> stored = new HashMap<>();
            codes.findByKind(k).forEach(c -> stored.put(c.getCode(), c));
            for (FailureCatalogue.Entry e : defaults.of(k)) {
                all.add(standardView(e, stored.remove(e.code()), lang));
            }
            stored.values().stream()
                    .sorted(Comparator.comparing(FailureCode::getCode))
                    .forEach(c -> all.add(ownView(c, lang)));
        }
        return all;
    }

    @Transactional(readOnly = true)
    public FailureCodeView get(FailureKind kind, String code, Locale lang) {
        String normalized = normalize(code);
        Optional<FailureCatalogue.Entry> standard = defaults.find(kind, normalized);
        Optional<FailureCode> stored = codes.findByKindAndCode(kind, normalized);
        if (standard.isPresent()) {
            return standardView(standard.get(), stored.orElse(null), lang);
        }
        return stored.map(c -> ownView(c, lang)).orElseThrow(() -> notFound(kind, normalized));
    }

    /** Adds a code of the tenant's own; 409 when the code exists (in the defaults or the tenant's list). */
    @Transactional
    public FailureCodeView add(FailureKind kind, String code, String nameEn, String nameEs, Locale lang) {
        String normalized = normalize(code);
        if (defaults.find(kind, normalized).isPresent()
                || codes.findByKindAndCode(kind, normalized).isPresent()) {
            throw new ConflictException("error.failure-code-taken", label(kind), normalized);
        }
        FailureCode saved = codes.save(FailureCode.own(kind, normalized, nameEn.strip(), nameEs.strip()));
        FailureCodeView view = ownView(saved, lang);
        audit.record("failure-code.created", "failure-code", saved.getId(), null, view);
        return view;
    }

    /** Switches a code (a default or the tenant's own) on or off for the tenant. */
    @Transactional
    public FailureCodeView setActive(FailureKind kind, String code, boolean active, Locale lang) {
        String normalized = normalize(code);
        Optional<FailureCatalogue.Entry> standard = defaults.find(kind, normalized);
        FailureCode stored = codes.findByKindAndCode(kind, normalized)
                .orElseGet(() -> standard.map(e -> FailureCode.overrideOf(kind, normalized))
                        .orElseThrow(() -> notFound(kind, normalized)));
        FailureCodeView before = get(kind, normalized, lang);
        stored.setActive(active);
        codes.saveAndFlush(stored);
        FailureCodeView after =
                standard.isPresent() ? standardView(standard.get(), stored, lang) : ownView(stored, lang);
        audit.record(
                active ? "failure-code.activated" : "failure-code.deactivated",
                "failure-code",
                stored.getId(),
                before,
                after);
        return after;
    }

    /**
     * Checks a mode, cause and remedy (each optional: null or blank is "not given") against the
     * tenant's active codes, and returns them normalised (upper case).
     *
     * @throws UnprocessableException (422) naming the first unknown or inactive code
     */
    @Transactional(readOnly = true)
    public FailureCoding check(String mode, String cause, String remedy) {
        Snapshot snapshot = snapshot();
        return new FailureCoding(
                snapshot.require(FailureKind.MODE, mode),
                snapshot.require(FailureKind.CAUSE, cause),
                snapshot.require(FailureKind.REMEDY, remedy));
    }

    /** Every code of the tenant with whether it is active, for checking many rows at once. */
    @Transactional(readOnly = true)
    public Snapshot snapshot() {
        Map<FailureKind, Map<String, Boolean>> state = new EnumMap<>(FailureKind.class);
        for (FailureKind kind : FailureKind.values()) {
            Map<String, Boolean> byCode = new HashMap<>();
            defaults.of(kind).forEach(e -> byCode.put(e.code(), true));
            state.put(kind, byCode);
        }
        codes.findAll().forEach(c -> state.get(c.getKind()).put(c.getCode(), c.isActive()));
        return new Snapshot(state);
    }

    static String normalize(String code) {
        return code.strip().toUpperCase(Locale.ROOT);
    }

    /** The kind's name as a message argument, resolved in the caller's language. */
    public static MessageSourceResolvable label(FailureKind kind) {
        return new DefaultMessageSourceResolvable("failure-kind." + kind.wire());
    }

    private static NotFoundException notFound(FailureKind kind, String code) {
        return new NotFoundException("error.failure-code-not-found", label(kind), code);
    }

    private static FailureCodeView standardView(FailureCatalogue.Entry e, FailureCode stored, Locale lang) {
        boolean active = stored == null || stored.isActive();
        return FailureCodeView.of(e.kind(), e.code(), e.nameEn(), e.nameEs(), active, true, lang);
    }

    private static FailureCodeView ownView(FailureCode c, Locale lang) {
        return FailureCodeView.of(c.getKind(), c.getCode(), c.getNameEn(), c.getNameEs(), c.isActive(), false, lang);
    }

    /** The state of a tenant's codes at one moment: code to active, per kind. */
    public record Snapshot(Map<FailureKind, Map<String, Boolean>> state) {

        /** The state of a code: ACTIVE, INACTIVE or UNKNOWN (the code as given, normalised). */
        public CodeState stateOf(FailureKind kind, String code) {
            Boolean active = state.get(kind).get(normalize(code));
            return active == null ? CodeState.UNKNOWN : active ? CodeState.ACTIVE : CodeState.INACTIVE;
        }

        String require(FailureKind kind, String code) {
            if (code == null || code.isBlank()) {
                return null;
            }
            String normalized = normalize(code);
            return switch (stateOf(kind, normalized)) {
                case ACTIVE -> normalized;
                case INACTIVE ->
                    throw new UnprocessableException("error.failure-code-inactive", label(kind), normalized);
                case UNKNOWN -> throw new UnprocessableException("error.failure-code-unknown", label(kind), normalized);
            };
        }
    }

    /** Whether a code may be used. */
    public enum CodeState {
        ACTIVE,
        INACTIVE,
        UNKNOWN
    }
}
