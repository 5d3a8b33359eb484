package org.anju.imports;

import java.util.List;
import java.util.Map;

import org.anju.security.AnjuUser;
import org.anju.security.Jurisdiction;
import org.anju.system.NotFoundException;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The asynchronous imports ({@link ImportJobs}): {@code GET /api/imports/jobs/{id}} — state, phase,
 * rows and bytes read so far, and at the end the report with the HTTP status the synchronous
 * import would have answered; {@code GET /api/imports/jobs} — the caller's jobs, newest first. A job
 * started by another account is "not found" (county administrators see every job).
 */
@RestController
@RequestMapping("/api/imports/jobs")
class ImportJobController {

    private final ImportJobs jobs;
    private final Jurisdiction jurisdiction;
    private final MessageSource messages;

    ImportJobController(ImportJobs jobs, Jurisdiction jurisdiction, MessageSource messages) {
        this.jobs = jobs;
        this.jurisdiction = jurisdiction;
        this.messages = messages;
    }

    @GetMapping("/{id}")
    Map<String, Object> job(@PathVariable String id) {
        ImportJob job = jobs.find(id, user()).orElseThrow(() -> new NotFoundException("importJob", id));
        return job.render(messages, LocaleContextHolder.getLocale(), true);
    }

    @GetMapping
    List<Map<String, Object>> list() {
        return jobs.visibleTo(user()).stream()
                .map(j -> j.render(messages, LocaleContextHolder.getLocale(), false)).toList();
    }

    private AnjuUser user() {
        return jurisdiction.user().orElse(null);
    }
}
