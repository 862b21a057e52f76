package org.millwright.assistant.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.util.UUID;
import org.millwright.assistant.internal.AssistantType;
import org.millwright.assistant.internal.conversation.ConversationDetail;
import org.millwright.assistant.internal.conversation.ConversationView;
import org.millwright.assistant.internal.conversation.Conversations;
import org.millwright.platform.error.InvalidRequestException;
import org.millwright.platform.web.PageResponse;
import org.millwright.platform.web.Paging;
import org.springframework.data.domain.Sort;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@Tag(name = "Assistant conversations", description = "The caller's conversations with the assistant")
@RestController
@RequestMapping("/api/v1/assistant/conversations")
class ConversationController {

    private final Conversations conversations;
    private final Paging paging;

    ConversationController(Conversations conversations, Paging paging) {
        this.conversations = conversations;
        this.paging = paging;
    }

    @Operation(summary = "Start a conversation, optionally about a plant or machine, of an assistant type")
    @PostMapping
    @PreAuthorize("hasRole('OPERATOR')")
    ResponseEntity<ConversationView> create(@Valid @RequestBody(required = false) NewConversation body) {
        NewConversation b = body == null ? new NewConversation(null, null, null, null) : body;
        AssistantType type = b.type() == null || b.type().isBlank()
                ? null
                : AssistantType.parse(b.type())
                        .orElseThrow(() -> new InvalidRequestException("error.assistant.unknown-type", b.type()));
        ConversationView created =
                conversations.start(new Conversations.Start(type, b.siteId(), b.assetId(), b.title()));
        return ResponseEntity.created(URI.create("/api/v1/assistant/conversations/" + created.id()))
                .body(created);
    }

    @Operation(
            summary = "The caller's conversations, latest activity first; all=true (supervisors and admins) lists"
                    + " everyone's")
    @GetMapping
    @PreAuthorize("hasRole('OPERATOR')")
    PageResponse<ConversationView> list(
            @RequestParam(defaultValue = "false") boolean all,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "20") int size) {
        var sort = Sort.by(Sort.Direction.DESC, "lastActiveAt").and(Sort.by(Sort.Direction.DESC, "createdAt"));
        return PageResponse.of(conversations.list(all, paging.of(page, size, sort)));
    }

    @Operation(summary = "A conversation with its summary and every turn")
    @GetMapping("/{id}")
    @PreAuthorize("hasRole('OPERATOR')")
    ConversationDetail get(@PathVariable UUID id) {
        return conversations.get(id);
    }

    @Operation(summary = "Delete a conversation of the caller and its turns")
    @DeleteMapping("/{id}")
    @PreAuthorize("hasRole('OPERATOR')")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void delete(@PathVariable UUID id) {
        conversations.delete(id);
    }

    @Operation(summary = "Forget a conversation's turns and summary, and reopen it")
    @PostMapping("/{id}/reset")
    @PreAuthorize("hasRole('OPERATOR')")
    ConversationView reset(@PathVariable UUID id) {
        return conversations.reset(id);
    }

    record NewConversation(
            @Size(max = 40) String type,
            UUID siteId,
            UUID assetId,
            @Size(max = 200) String title) {}
}
