package org.millwright.assistant.internal.feedback;

import jakarta.persistence.criteria.Predicate;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.millwright.assistant.internal.AnsweredTurn;
import org.millwright.maintenance.AssetRegistry;
import org.millwright.maintenance.AssetType;
import org.millwright.platform.audit.AuditLog;
import org.millwright.platform.error.InvalidRequestException;
import org.millwright.platform.error.NotFoundException;
import org.millwright.platform.security.CurrentPrincipal;
import org.millwright.platform.security.MillwrightPrincipal;
import org.millwright.platform.security.Role;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Feedback on the assistant's answers and the verified fixes it makes. An answer is a verified fix
 * for a machine while at least one technician (or above) who found it helpful confirms it fixed
 * that machine, until a supervisor withdraws it.
 */
@Service
public class FeedbackService {

    static final int MAX_COMMENT = 2000;
    private final FeedbackRepository feedback;
    private final VerifiedFixRepository fixes;
    private final AnswerLookup answers;
    private final AssetRegistry assets;
    private final AuditLog audit;
    private final Clock clock;

    FeedbackService(
            FeedbackRepository feedback,
            VerifiedFixRepository fixes,
            AnswerLookup answers,
            AssetRegistry assets,
            AuditLog audit,
            Clock clock) {
        this.feedback = feedback;
        this.fixes = fixes;
        this.answers = answers;
        this.assets = assets;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * Records the caller's feedback on an answer, replacing the caller's earlier feedback on it.
     *
     * @throws NotFoundException for an answer unknown in the tenant, or in another user's
     *     conversation when the caller is not a supervisor
     * @throws InvalidRequestException for a comment that is too long, a machine the caller cannot
     *     see, a fix that did not help, or a fix confirmed by a technician without a machine
     */
    @Transactional
    public FeedbackReceipt give(FeedbackInput input) {
        MillwrightPrincipal caller = CurrentPrincipal.require();
        AnsweredTurn turn = answers.find(input.conversationId(), input.turnId())
                .filter(t -> caller.subjectId().equals(t.ownerId()) || atLeast(caller, Role.SUPERVISOR))
                .orElseThrow(() -> NotFoundException.of("entity.assistant-answer", input.turnId()));
        if (input.comment() != null && input.comment().length() > MAX_COMMENT) {
            throw new InvalidRequestException("error.assistant.comment-too-long", MAX_COMMENT);
        }
        if (input.confirmedFix() && !input.helpful()) {
            throw new InvalidRequestException("error.assistant.fix-not-helpful");
        }
        Machine machine = machine(input.assetId(), turn);
        boolean confirms = input.confirmedFix() && atLeast(caller, Role.TECHNICIAN);
        if (confirms && machine == null) {
            throw new InvalidRequestException("error.assistant.fix-needs-machine");
        }
        Optional<FeedbackRow> earlier = feedback.findByTurnIdAndUserId(turn.turnId(), caller.subjectId());
        UUID earlierAsset = earlier.map(FeedbackRow::getAssetId).orElse(null);
        FeedbackRow row = earlier.orElseGet(() -> new FeedbackRow(turn, caller));
        row.give(turn, caller, input, machine, confirms, clock.instant());
        feedback.saveAndFlush(row);

        if (earlierAsset != null && (machine == null || !earlierAsset.equals(machine.id()))) {
            sync(turn, new Machine(earlierAsset, null, null), caller);
        }
        VerifiedFix fix = machine == null ? null : sync(turn, machine, caller).orElse(null);
        return new FeedbackReceipt(
                row.view(row.confirms() && fix != null ? fix.id() : null),
                earlier.isPresent(),
                row.confirms() ? fix : null);
    }

    /** Feedback for supervisors to review, newest first; every filter optional. */
    @Transactional(readOnly = true)
    public Page<FeedbackView> list(Boolean helpful, Instant from, Instant to, UUID assetId, Pageable page) {
        if (from != null && to != null && !from.isBefore(to)) {
            throw new InvalidRequestException("error.assistant.range");
        }
        Specification<FeedbackRow> spec = (root, query, cb) -> {
            List<Predicate> all = new ArrayList<>();
            all.add(SiteFilter.visible(root, cb));
            if (helpful != null) {
                all.add(cb.equal(root.get("helpful"), helpful));
            }
            if (from != null) {
                all.add(cb.greaterThanOrEqualTo(root.get("givenAt"), from));
            }
            if (to != null) {
                all.add(cb.lessThan(root.get("givenAt"), to));
            }
            if (assetId != null) {
                all.add(cb.equal(root.get("assetId"), assetId));
            }
            if (!Long.class.equals(query.getResultType())) {
                query.orderBy(cb.desc(root.get("givenAt")), cb.asc(root.get("id")));
            }
            return cb.and(all.toArray(Predicate[]::new));
        };
        return feedback.findAll(spec, page).map(f -> f.view(fixFor(f)));
    }

    /** Verified fixes, newest first; of one machine and/or one machine type when given. */
    @Transactional(readOnly = true)
    public Page<VerifiedFix> fixes(UUID assetId, String assetType, Pageable page) {
        Specification<VerifiedFixRow> spec = (root, query, cb) -> {
            List<Predicate> all = new ArrayList<>();
            all.add(SiteFilter.visible(root, cb));
            if (assetId != null) {
                all.add(cb.equal(root.get("assetId"), assetId));
            }
            if (assetType != null && !assetType.isBlank()) {
                all.add(cb.equal(root.get("assetType"), typeCode(assetType)));
            }
            if (!Long.class.equals(query.getResultType())) {
                query.orderBy(cb.desc(root.get("confirmedAt")), cb.asc(root.get("id")));
            }
            return cb.and(all.toArray(Predicate[]::new));
        };
        return fixes.findAll(spec, page).map(VerifiedFixRow::view);
    }

    /**
     * Withdraws a wrong fix: it no longer boosts anything, and the feedback that confirmed it stays
     * as plain helpful feedback (confirming the same answer again makes it a fix again).
     */
    @Transactional
    public void withdraw(UUID fixId) {
        VerifiedFixRow fix = fixes.findById(fixId)
                .filter(f -> SiteFilter.visible(f.view().siteId()))
                .orElseThrow(() -> NotFoundException.of("entity.verified-fix", fixId));
        VerifiedFix before = fix.view();
        feedback.findByTurnIdAndAssetIdAndConfirmsTrue(fix.getTurnId(), fix.getAssetId())
                .forEach(FeedbackRow::withdrawConfirmation);
        fixes.delete(fix);
        fixes.flush();
        audit.record("assistant.fix-withdrawn", "verified-fix", fixId, summary(before), null);
    }

    /** Makes the fix of this answer and machine exist exactly while some feedback confirms it. */
    private Optional<VerifiedFix> sync(AnsweredTurn turn, Machine machine, MillwrightPrincipal caller) {
        boolean confirmed = !feedback.findByTurnIdAndAssetIdAndConfirmsTrue(turn.turnId(), machine.id())
                .isEmpty();
        Optional<VerifiedFixRow> existing = fixes.findByTurnIdAndAssetId(turn.turnId(), machine.id());
        if (confirmed && existing.isEmpty() && machine.type() != null) {
            VerifiedFixRow created = fixes.saveAndFlush(new VerifiedFixRow(turn, machine, caller, clock.instant()));
            audit.record("assistant.fix-verified", "verified-fix", created.getId(), null, summary(created.view()));
            return Optional.of(created.view());
        }
        if (!confirmed && existing.isPresent()) {
            VerifiedFix gone = existing.get().view();
            fixes.delete(existing.get());
            fixes.flush();
            audit.record("assistant.fix-withdrawn", "verified-fix", gone.id(), summary(gone), null);
            return Optional.empty();
        }
        return existing.map(VerifiedFixRow::view);
    }

    private UUID fixFor(FeedbackRow row) {
        if (!row.confirms() || row.getAssetId() == null) {
            return null;
        }
        return fixes.findByTurnIdAndAssetId(row.getTurnId(), row.getAssetId())
                .map(VerifiedFixRow::getId)
                .orElse(null);
    }

    /**
     * The machine named in the feedback (it must be one the caller sees), else the answer's own
     * machine while it still exists; null when neither.
     */
    private Machine machine(UUID assetId, AnsweredTurn turn) {
        if (assetId != null) {
            return assets.find(assetId)
                    .filter(a -> SiteFilter.visible(a.siteId()))
                    .map(a -> new Machine(a.id(), a.type(), a.siteId()))
                    .orElseThrow(() -> new InvalidRequestException("error.assistant.unknown-asset", assetId));
        }
        if (turn.assetId() == null) {
            return null;
        }
        return assets.find(turn.assetId())
                .map(a -> new Machine(a.id(), a.type(), a.siteId()))
                .orElse(null);
    }

    private static Map<String, Object> summary(VerifiedFix fix) {
        return Map.of(
                "assetId", fix.assetId(),
                "assetType", fix.assetType(),
                "conversationId", fix.conversationId(),
                "turnId", fix.turnId(),
                "confirmedBy", fix.confirmedBy());
    }

    /** A built-in type as its wire code ({@code Pump} is {@code pump}); a tenant's own as given. */
    static String typeCode(String code) {
        return AssetType.builtIn(code).map(AssetType::wire).orElse(code.strip());
    }

    static boolean atLeast(MillwrightPrincipal caller, Role role) {
        return caller.role() != null && caller.role().compareTo(role) >= 0;
    }
}
