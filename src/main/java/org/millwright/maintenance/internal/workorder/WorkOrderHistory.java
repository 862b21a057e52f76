package org.millwright.maintenance.internal.workorder;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.millwright.maintenance.WorkOrderStatus;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Component;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Writes and reads the history of work orders (joins the caller's transaction). */
@Component
class WorkOrderHistory {

    private static final int MAX_CHANGES = 8000;
    private static final int MAX_NOTE = 2000;
    private final HistoryEntryRepository entries;
    private final JsonMapper json;
    private final Clock clock;

    WorkOrderHistory(HistoryEntryRepository entries, JsonMapper json, Clock clock) {
        this.entries = entries;
        this.json = json;
        this.clock = clock;
    }

    /** A status move, with the reason given and any fields it changed. */
    void moved(WorkOrder wo, Actor actor, String action, WorkOrderStatus from, String note, Map<String, ?> changes) {
        save(wo.getId(), actor, action, new HistoryEntry.Change(from, wo.getStatus(), toJson(changes), cut(note)));
    }

    /** A change that is not a status move: fields changed, or an item added or removed. */
    void changed(UUID workOrderId, Actor actor, String action, Map<String, ?> changes) {
        save(workOrderId, actor, action, new HistoryEntry.Change(null, null, toJson(changes), null));
    }

    Page<HistoryView> of(UUID workOrderId, Pageable page) {
        return entries.findByWorkOrderIdOrderByIdAsc(workOrderId, page).map(this::view);
    }

    /** The fields that differ, as {@code {"field": {"from": .., "to": ..}}}. */
    static Map<String, Object> diff(WorkOrder.Fields before, WorkOrder.Fields after) {
        Map<String, Object> changes = new LinkedHashMap<>();
        put(changes, "type", before.type(), after.type());
        put(changes, "priority", before.priority(), after.priority());
        put(changes, "title", before.title(), after.title());
        put(changes, "description", before.description(), after.description());
        put(changes, "dueDate", before.dueDate(), after.dueDate());
        put(changes, "estimatedMinutes", before.estimatedMinutes(), after.estimatedMinutes());
        return changes;
    }

    /** One changed value, as {@code {"from": .., "to": ..}} (nulls kept). */
    static Map<String, Object> change(Object from, Object to) {
        Map<String, Object> change = new LinkedHashMap<>();
        change.put("from", from);
        change.put("to", to);
        return change;
    }

    private static void put(Map<String, Object> changes, String field, Object from, Object to) {
        if (!Objects.equals(from, to)) {
            changes.put(field, change(from, to));
        }
    }

    private void save(UUID workOrderId, Actor actor, String action, HistoryEntry.Change change) {
        entries.save(new HistoryEntry(workOrderId, Instant.now(clock), actor, action, change));
    }

    private String toJson(Map<String, ?> changes) {
        if (changes == null || changes.isEmpty()) {
            return null;
        }
        String text = json.writeValueAsString(changes);
        return text.length() > MAX_CHANGES ? text.substring(0, MAX_CHANGES) : text;
    }

    private static String cut(String note) {
        return note == null || note.length() <= MAX_NOTE ? note : note.substring(0, MAX_NOTE);
    }

    private HistoryView view(HistoryEntry e) {
        return new HistoryView(
                e.getOccurredAt(),
                e.getActorId(),
                e.getActorLabel(),
                e.getAction(),
                e.getFromStatus(),
                e.getToStatus(),
                parse(e.getChanges()),
                e.getNote());
    }

    private JsonNode parse(String text) {
        if (text == null) {
            return null;
        }
        try {
            return json.readTree(text);
        } catch (JacksonException e) {
            return json.getNodeFactory().stringNode(text);
        }
    }
}
