package org.anju.hazard;

import java.util.List;

import org.anju.system.JsonFields;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;

/** Disaster events without geometry — the list to choose from — and their archive ({@link DisasterArchive}). */
@RestController
@RequestMapping("/api")
class DisasterEventController {

    private final DisasterArchive archive;

    DisasterEventController(DisasterArchive archive) {
        this.archive = archive;
    }

    /**
     * The current disaster events, newest first, each with its type in words, its dates, its number of
     * footprint parts and whether it is archived; the archived ones too with {@code include_archived=true}.
     */
    @GetMapping("/disaster-events")
    List<DisasterEventRow> events(@RequestParam(name = "include_archived", defaultValue = "false") boolean includeArchived) {
        return archive.events(includeArchived);
    }

    /**
     * Archives or un-archives an event: body {@code {archived: true|false}}; 200 with the event; 404
     * when there is no such event; 422 without a boolean {@code archived}. County staff and
     * administrators (see security.SecurityConfig).
     */
    @PutMapping("/disasters/{id}/archived")
    DisasterEventRow setArchived(@PathVariable long id, @RequestBody JsonNode body) {
        JsonFields fields = new JsonFields(body, "");
        if (!fields.has("archived") || !fields.node("archived").isBoolean()) {
            fields.problem("archived", fields.has("archived") ? fields.node("archived").asString() : null,
                    fields.has("archived") ? "field.notBoolean" : "field.required");
        }
        fields.rejectUnknown(List.of("archived"));
        fields.throwIfInvalid();
        return archive.setArchived(id, fields.node("archived").booleanValue());
    }
}
