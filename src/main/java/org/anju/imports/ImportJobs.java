package org.anju.imports;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

import org.anju.security.AnjuUser;
import org.anju.security.Role;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.security.concurrent.DelegatingSecurityContextRunnable;
import org.springframework.stereotype.Component;

/**
 * The asynchronous imports ({@code POST /api/imports?async=true}), run by {@value #THREADS} import
 * threads in the order they arrive, with the account that started them (its jurisdiction applies
 * as in a synchronous import). Jobs are held <b>in memory</b>: a restart of Anju loses the queued and
 * running ones (their transactions roll back, nothing is half-written) and the reports of finished
 * ones. Finished jobs are kept for {@link #KEEP_FINISHED}, and at most {@value #MAX_JOBS} jobs in all;
 * at most {@value #MAX_UNFINISHED} may wait or run at a time. A job is visible to the account that
 * started it and to county administrators.
 */
@Component
class ImportJobs implements DisposableBean {

    static final int THREADS = 2;
    static final int MAX_UNFINISHED = 20;
    static final int MAX_JOBS = 200;
    static final Duration KEEP_FINISHED = Duration.ofHours(1);

    /** Too many imports wait already (503). */
    static final class Busy extends RuntimeException {
        Busy() {
            super("too many imports waiting");
        }
    }

    private static final Logger log = LoggerFactory.getLogger(ImportJobs.class);

    private final Importer importer;
    private final Map<String, ImportJob> jobs = new ConcurrentHashMap<>();
    private final ExecutorService threads;

    ImportJobs(Importer importer) {
        this.importer = importer;
        AtomicInteger n = new AtomicInteger();
        this.threads = Executors.newFixedThreadPool(THREADS, r -> {
            Thread t = new Thread(r, "anju-import-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
    }

    /**
     * Queues the import of {@code upload} (in {@code workspace}, which the job deletes when done)
     * for {@code user}; throws {@link Busy} when {@value #MAX_UNFINISHED} imports wait or run.
     */
    synchronized ImportJob submit(AnjuUser user, ImportRequest request, Path upload, String fileName, long uploadBytes,
                                  ImportWorkspace workspace, ImportReport report) {
        forgetOld();
        if (jobs.values().stream().filter(ImportJob::isUnfinished).count() >= MAX_UNFINISHED) {
            throw new Busy();
        }
        ImportJob job = new ImportJob(user == null ? null : user.username(), request, fileName, uploadBytes, report);
        jobs.put(job.id(), job);
        // the import thread acts as the account that started the job (roles, jurisdiction)
        threads.execute(new DelegatingSecurityContextRunnable(() -> run(job, request, upload, fileName, workspace)));
        return job;
    }

    private void run(ImportJob job, ImportRequest request, Path upload, String fileName, ImportWorkspace workspace) {
        job.start();
        try (workspace) {
            ImportReport report = importer.run(request, upload, fileName, workspace, job.report(), job.progress());
            job.finish(ImportController.statusOf(report));
        } catch (RuntimeException | Error e) {
            log.error("import job {} failed", job.id(), e);
            job.fail(String.valueOf(e.getMessage()));
        }
    }

    /** The job {@code id} if {@code user} may see it: the account that started it, or a county administrator. */
    Optional<ImportJob> find(String id, AnjuUser user) {
        ImportJob job = jobs.get(id);
        return job != null && visibleTo(job, user) ? Optional.of(job) : Optional.empty();
    }

    /** The jobs {@code user} may see, newest first. */
    List<ImportJob> visibleTo(AnjuUser user) {
        return jobs.values().stream().filter(j -> visibleTo(j, user))
                .sorted(Comparator.comparing(ImportJob::submittedAt).reversed()).toList();
    }

    private static boolean visibleTo(ImportJob job, AnjuUser user) {
        if (user == null) {
            return job.owner() == null;
        }
        return user.role() == Role.COUNTY_ADMIN || user.username().equals(job.owner());
    }

    /** Drops finished jobs older than {@link #KEEP_FINISHED}, then the oldest finished beyond {@value #MAX_JOBS}. */
    private void forgetOld() {
        Instant limit = Instant.now().minus(KEEP_FINISHED);
        jobs.values().removeIf(j -> j.finishedAt() != null && j.finishedAt().isBefore(limit));
        if (jobs.size() >= MAX_JOBS) {
            jobs.values().stream().filter(j -> j.finishedAt() != null)
                    .sorted(Comparator.comparing(ImportJob::finishedAt))
                    .limit(jobs.size() - MAX_JOBS + 1L)
                    .toList().forEach(j -> jobs.remove(j.id()));
        }
    }

    @Override
    public void destroy() {
        threads.shutdownNow();
    }
}
