package org.millwright.assistant.internal.conversation;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.millwright.assistant.internal.AnsweredTurn;
import org.millwright.assistant.internal.AnsweredTurns;
import org.millwright.assistant.internal.AssistantSettings;
import org.millwright.assistant.internal.AssistantType;
import org.millwright.maintenance.AssetRegistry;
import org.millwright.maintenance.AssetSummary;
import org.millwright.platform.audit.AuditLog;
import org.millwright.platform.error.ConflictException;
import org.millwright.platform.error.InvalidRequestException;
import org.millwright.platform.error.NotFoundException;
import org.millwright.platform.security.CurrentPrincipal;
import org.millwright.platform.security.MillwrightPrincipal;
import org.millwright.platform.security.Role;
import org.millwright.platform.tenancy.SiteService;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * The conversations of the caller: started, listed, read, reset and deleted; turns recorded and
 * the memory the model gets. A caller sees its own conversations only (supervisors and admins may
 * read everyone's); another user's conversation, like another tenant's, does not exist. A
 * conversation idle longer than {@code conversations.idle-expiry} is closed: asking in it is a
 * conflict and the client starts a new one.
 */
@Service
public class Conversations implements AnsweredTurns {

    static final String ENTITY = "entity.conversation";
    private final ConversationRepository conversations;
    private final TurnRepository turns;
    private final AssistantSettings settings;
    private final AssetRegistry assets;
    private final SiteService sites;
    private final AuditLog audit;
    private final JsonMapper json;
    private final Clock clock;

    Conversations(
            ConversationRepository conversations,
            TurnRepository turns,
            AssistantSettings settings,
            AssetRegistry assets,
            SiteService sites,
            AuditLog audit,
            JsonMapper json,
            Clock clock) {
        this.conversations = conversations;
        this.turns = turns;
        this.settings = settings;
        this.assets = assets;
        this.sites = sites;
        this.audit = audit;
        this.json = json;
        this.clock = clock;
    }

    /** What a new conversation is about: every field may be null (the type defaults to troubleshooting). */
    public record Start(AssistantType type, UUID siteId, UUID assetId, String title) {}

    /**
     * Checks what a new conversation would be about, storing nothing: the asset must be one the
     * caller sees, in the site when both are given; returns the plant (the asset's when none given).
     */
    @Transactional(readOnly = true)
    public UUID check(Start start) {
        MillwrightPrincipal caller = CurrentPrincipal.require();
        UUID siteId = start.siteId();
        if (start.assetId() != null) {
            AssetSummary asset = assets.find(start.assetId())
                    .filter(a -> caller.canSee(a.siteId()))
                    .orElseThrow(() -> new InvalidRequestException("error.assistant.unknown-asset", start.assetId()));
            if (siteId != null && !siteId.equals(asset.siteId())) {
                throw new InvalidRequestException("error.assistant.asset-other-site", start.assetId());
            }
            siteId = asset.siteId();
        }
        if (siteId != null && (!sites.exists(siteId) || !caller.canSee(siteId))) {
            throw new InvalidRequestException("error.assistant.unknown-site", siteId);
        }
        return siteId;
    }

    /** Starts a conversation of the caller; an asset sets the plant when none is given. */
    @Transactional
    public ConversationView start(Start start) {
        UUID siteId = check(start);
        String title = start.title() == null || start.title().isBlank() ? "" : start.title();
        var conversation = new Conversation(
                CurrentPrincipal.require().subjectId(),
                siteId,
                start.assetId(),
                start.type() == null ? AssistantType.TROUBLESHOOTING : start.type(),
                title,
                clock.instant());
        return ConversationView.of(conversations.save(conversation));
    }

    /** The caller's conversations, newest activity first; {@code all} (supervisors and admins) everyone's. */
    @Transactional(readOnly = true)
    public Page<ConversationView> list(boolean all, Pageable page) {
        MillwrightPrincipal caller = CurrentPrincipal.require();
        if (all && !supervises(caller)) {
            throw new InvalidRequestException("error.assistant.list-all-role");
        }
        Page<Conversation> found =
                all ? conversations.findAll(page) : conversations.findByOwnerId(caller.subjectId(), page);
        return found.map(this::closingView);
    }

    @Transactional(readOnly = true)
    public ConversationDetail get(UUID id) {
        Conversation c = readable(id);
        var views = turns.findByConversationIdOrderByPosition(id).stream()
                .map(t -> new ConversationDetail.TurnView(
                        t.getId(),
                        t.getPosition(),
                        t.getQuestion(),
                        t.getAnswer(),
                        t.getLanguage(),
                        t.getMode(),
                        t.isNotCovered(),
                        json.readTree(t.getCitations()),
                        t.getModel(),
                        t.getRetrievalMillis(),
                        t.getAnswerMillis(),
                        t.getFirstTokenMillis(),
                        t.getCreatedAt()))
                .toList();
        return new ConversationDetail(closingView(c), c.getSummary(), views);
    }

    @Transactional
    public void delete(UUID id) {
        Conversation c = owned(id);
        turns.deleteByConversationIds(List.of(id));
        conversations.delete(c);
        audit.record("assistant.conversation.deleted", "conversation", id, ConversationView.of(c), null);
    }

    /** Forgets the conversation's turns and summary; it stays, open, for new questions. */
    @Transactional
    public ConversationView reset(UUID id) {
        Conversation c = owned(id);
        turns.deleteByConversationIds(List.of(id));
        c.reset(clock.instant());
        audit.record("assistant.conversation.reset", "conversation", id, null, null);
        return ConversationView.of(c);
    }

    /**
     * The caller's conversation to ask in: 404 when it is not the caller's, 409 when it is closed
     * (idle too long). Closing an idle conversation is stored.
     */
    @Transactional(noRollbackFor = ConflictException.class)
    public ConversationView openForQuestion(UUID id) {
        Conversation c = owned(id);
        if (c.closeIfIdle(clock.instant(), settings.conversations().idleExpiry())) {
            throw new ConflictException("error.assistant.conversation-closed", id);
        }
        return ConversationView.of(c);
    }

    /** The memory of a conversation: its summary and its latest turns not folded into it. */
    @Transactional(readOnly = true)
    public Memory memory(UUID id) {
        Conversation c = conversations.findById(id).orElseThrow(() -> NotFoundException.of(ENTITY, id));
        int from = Math.max(
                c.getSummarizedTurns(),
                c.getTurnCount() - settings.conversations().memoryTurns());
        var recent = turns.findByConversationIdAndPositionBetweenOrderByPosition(id, from, Integer.MAX_VALUE).stream()
                .map(t -> new Memory.Exchange(t.getQuestion(), t.getAnswer()))
                .toList();
        return new Memory(c.getSummary(), recent);
    }

    /** Records an answered question; the first one titles an untitled conversation. */
    @Transactional
    public UUID record(UUID conversationId, Turn.NewTurn turn) {
        Conversation c =
                conversations.findById(conversationId).orElseThrow(() -> NotFoundException.of(ENTITY, conversationId));
        int position = c.nextTurn(clock.instant());
        if (c.getTitle().isBlank()) {
            c.retitle(turn.question());
        }
        return turns.save(new Turn(conversationId, position, turn)).getId();
    }

    /** Turns older than the memory window and not yet in the summary, oldest first (empty when none). */
    @Transactional(readOnly = true)
    public Folding toFold(UUID id) {
        Conversation c = conversations.findById(id).orElseThrow(() -> NotFoundException.of(ENTITY, id));
        int upTo = c.getTurnCount() - settings.conversations().memoryTurns();
        if (upTo <= c.getSummarizedTurns()) {
            return new Folding(c.getSummary(), List.of(), c.getSummarizedTurns());
        }
        var older =
                turns
                        .findByConversationIdAndPositionBetweenOrderByPosition(id, c.getSummarizedTurns(), upTo - 1)
                        .stream()
                        .map(t -> new Memory.Exchange(t.getQuestion(), t.getAnswer()))
                        .toList();
        return new Folding(c.getSummary(), older, upTo);
    }

    /** Stores the new summary, which now stands for the first {@code foldedTurns} turns. */
    @Transactional
    public void saveSummary(UUID id, String summary, int foldedTurns) {
        conversations.findById(id).ifPresent(c -> {
            if (foldedTurns > c.getSummarizedTurns() && foldedTurns <= c.getTurnCount()) {
                c.folded(summary, foldedTurns);
            }
        });
    }

    /** The summary so far and the turns to fold into it; {@code upTo} is the count folded afterwards. */
    public record Folding(String summary, List<Memory.Exchange> turns, int upTo) {}

    /** Deletes the tenant's conversations created before {@code before}, in batches; returns how many. */
    @Transactional
    public int deleteCreatedBefore(Instant before, int batch) {
        List<UUID> ids = conversations.findIdsCreatedBefore(before, PageRequest.of(0, batch));
        if (ids.isEmpty()) {
            return 0;
        }
        turns.deleteByConversationIds(ids);
        conversations.deleteAllByIdInBatch(ids);
        return ids.size();
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<AnsweredTurn> find(UUID conversationId, UUID turnId) {
        return conversations
                .findById(conversationId)
                .flatMap(c -> turns.findByIdAndConversationId(turnId, conversationId)
                        .map(t -> {
                            String assetType = c.getAssetId() == null
                                    ? null
                                    : assets.find(c.getAssetId())
                                            .map(AssetSummary::type)
                                            .orElse(null);
                            return new AnsweredTurn(
                                    conversationId,
                                    t.getId(),
                                    c.getOwnerId(),
                                    c.getAssetId(),
                                    assetType,
                                    t.getQuestion(),
                                    t.getAnswer(),
                                    t.getLanguage(),
                                    t.getCitedChunkIds(),
                                    t.getMode() == org.millwright.assistant.internal.AnswerMode.EXTRACTIVE,
                                    t.getCreatedAt());
                        }));
    }

    private ConversationView closingView(Conversation c) {
        ConversationView view = ConversationView.of(c);
        boolean idle = !c.isClosed()
                && c.getLastActiveAt()
                        .plus(settings.conversations().idleExpiry())
                        .isBefore(clock.instant());
        return idle
                ? new ConversationView(
                        view.id(),
                        view.ownerId(),
                        view.siteId(),
                        view.assetId(),
                        view.assistantType(),
                        view.title(),
                        view.turns(),
                        true,
                        view.createdAt(),
                        view.lastActiveAt())
                : view;
    }

    private Conversation readable(UUID id) {
        MillwrightPrincipal caller = CurrentPrincipal.require();
        return conversations
                .findById(id)
                .filter(c -> c.getOwnerId().equals(caller.subjectId()) || supervises(caller))
                .orElseThrow(() -> NotFoundException.of(ENTITY, id));
    }

    private Conversation owned(UUID id) {
        UUID caller = CurrentPrincipal.require().subjectId();
        return conversations
                .findById(id)
                .filter(c -> c.getOwnerId().equals(caller))
                .orElseThrow(() -> NotFoundException.of(ENTITY, id));
    }

    private static boolean supervises(MillwrightPrincipal p) {
        return p.role() == Role.SUPERVISOR || p.role() == Role.ADMIN;
    }
}
