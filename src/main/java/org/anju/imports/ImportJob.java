package org.anju.imports;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;

/**
 * One asynchronous import (导入任务): who started it, how far it is, and at the end the same report
 * and HTTP status the synchronous {@code POST /api/imports} would have answered. Read from the
 * request threads that poll it while an import thread works on it: the changing fields are
 * volatile and the report is rendered only once finished.
 */
final class ImportJob {

    enum State {
        QUEUED, RUNNING, FINISHED,
        /** Ended by an unexpected error (the database went away, …): nothing was written. */
        FAILED;

        String parameter() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    private final String owner;
    private final ImportRequest request;
    private final String fileName;
    private final long uploadBytes;
    private final ImportReport report;
    private final ImportProgress progress = new ImportProgress();
    private final Instant submitted = Instant.now();
    private volatile Instant started;
    private volatile Instant finished;
    private volatile State state = State.QUEUED;
    private volatile HttpStatus status;
    private volatile String failure;

    ImportJob(String owner, ImportRequest request, String fileName, long uploadBytes, ImportReport report) {
        this.owner = owner;
        this.request = request;
        this.fileName = fileName;
        this.uploadBytes = uploadBytes;
        this.report = report;
    }

    String id() {
        return report.id();
    }

    /** Where the job is polled. */
    String href() {
        return "/api/imports/jobs/" + id();
    }

    String owner() {
        return owner;
    }

    ImportReport report() {
        return report;
    }

    ImportProgress progress() {
        return progress;
    }

    State state() {
        return state;
    }

    Instant submittedAt() {
        return submitted;
    }

    Instant finishedAt() {
        return finished;
    }

    boolean isUnfinished() {
        return state == State.QUEUED || state == State.RUNNING;
    }

    void start() {
        started = Instant.now();
        state = State.RUNNING;
    }

    void finish(HttpStatus answer) {
        status = answer;
        finished = Instant.now();
        state = State.FINISHED;
    }

    void fail(String reason) {
        failure = reason;
        finished = Instant.now();
        state = State.FAILED;
    }

    /** The job as JSON-ready maps; the report (in {@code locale}) once finished. */
    Map<String, Object> render(MessageSource messages, Locale locale, boolean withReport) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("id", id());
        out.put("href", href());
        out.put("state", state.parameter());
        out.put("phase", progress.phase().parameter());
        out.put("layer", request.layer().parameter());
        out.put("mode", request.mode().parameter());
        out.put("dry_run", request.dryRun());
        out.put("file", fileName);
        out.put("upload_bytes", uploadBytes);
        out.put("bytes_read", progress.bytesRead() < 0 ? null : progress.bytesRead());
        out.put("bytes_total", progress.bytesTotal() < 0 ? null : progress.bytesTotal());
        out.put("rows_read", report.rowsRead());
        out.put("errors_so_far", report.errorCount());
        out.put("submitted_at", submitted.toString());
        out.put("started_at", started == null ? null : started.toString());
        out.put("finished_at", finished == null ? null : finished.toString());
        out.put("started_by", owner);
        out.put("status", status == null ? null : status.value());
        if (state == State.FAILED) {
            out.put("failure", messages.getMessage("import.job.failed", new Object[] {failure}, locale));
        }
        if (withReport && state == State.FINISHED) {
            out.put("report", report.render(messages, locale));
        }
        return out;
    }
}
