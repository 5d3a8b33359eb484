package org.anju.imports;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.util.UUID;

import javax.sql.DataSource;

import org.anju.audit.AuditLog;
import org.anju.audit.ImportedChanges;
import org.anju.geo.SpatialDialect;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Runs one import in one transaction: open the file, stream its rows through the row checks into
 * the staging table, run the set-based checks, then — unless it is a dry run, or a row was
 * rejected in all-or-nothing mode — upsert the accepted rows; otherwise roll everything back.
 * The staged rows are deleted before the commit. Whatever happens, the report says what was found.
 */
@Service
class Importer {

    private static final Logger log = LoggerFactory.getLogger(Importer.class);

    private final NamedParameterJdbcTemplate jdbc;
    private final DataSource dataSource;
    private final SpatialDialect dialect;
    private final ImportProperties properties;
    private final TransactionTemplate transactions;
    private final AuditLog audit;
    private final ImportedChanges changes;

    Importer(NamedParameterJdbcTemplate jdbc, DataSource dataSource, SpatialDialect dialect, ImportProperties properties,
             PlatformTransactionManager transactionManager, AuditLog audit, ImportedChanges changes) {
        this.jdbc = jdbc;
        this.dataSource = dataSource;
        this.dialect = dialect;
        this.properties = properties;
        this.transactions = new TransactionTemplate(transactionManager);
        this.audit = audit;
        this.changes = changes;
    }

    private static void lap(String step, ImportReport report, long started) {
        log.debug("import {}: {} after {} ms", report.id(), step, (System.nanoTime() - started) / 1_000_000);
    }

    /**
     * A savepoint on the import's connection (through JDBC: the JPA transaction manager does not
     * offer nested transactions, and imports use no JPA state that a rollback could leave stale).
     */
    private Savepoint savepoint() {
        try {
            return DataSourceUtils.getConnection(dataSource).setSavepoint();
        } catch (SQLException e) {
            throw new IllegalStateException("savepoint: " + e.getMessage(), e);
        }
    }

    private void rollbackTo(Savepoint savepoint) {
        try {
            DataSourceUtils.getConnection(dataSource).rollback(savepoint);
        } catch (SQLException e) {
            throw new IllegalStateException("rollback to savepoint: " + e.getMessage(), e);
        }
    }

    /** Streams the file's rows into {@code layer}; stops its staging cleanly when reading fails. */
    private static void stage(LayerImport layer, FeatureSource source) throws IOException {
        layer.startStaging();
        try {
            source.read(layer);
            layer.endStaging();
        } catch (RuntimeException | IOException e) {
            layer.abortStaging();
            throw e;
        }
    }

    /** The records whose updates by an import are audited one by one (houses and households), else null. */
    private static ImportedChanges.Kind auditedKind(ImportLayer layer) {
        return switch (layer) {
            case HOUSES -> ImportedChanges.Kind.HOUSE;
            case HOUSEHOLDS -> ImportedChanges.Kind.HOUSEHOLD;
            default -> null;
        };
    }

    private static String stagingTable(ImportLayer layer) {
        return layer == ImportLayer.HOUSES ? ImportSql.HOUSE_STAGE : ImportSql.HOUSEHOLD_STAGE;
    }

    /** What the audit log keeps of a written import: the file, layer, mode and row counts. */
    private static java.util.Map<String, Object> importDetail(ImportRequest request, String fileName, ImportReport report) {
        java.util.Map<String, Object> detail = new java.util.LinkedHashMap<>();
        detail.put("file_name", fileName);
        detail.put("layer", request.layer().parameter());
        detail.put("mode", request.mode().parameter());
        detail.put("rows_read", report.rowsRead());
        detail.put("inserted", report.inserted());
        detail.put("updated", report.updated());
        detail.put("rejected", report.rejected());
        return detail;
    }

    ImportReport newReport(ImportRequest request) {
        return new ImportReport(UUID.randomUUID().toString(), request.layer(), request.mode(), request.dryRun(),
                properties.maxReportedErrors());
    }

    /**
     * Imports {@code upload} (named {@code fileName} by the client) into the report's layer. A
     * problem with the file as a whole ends in the report as an error of row 0.
     */
    ImportReport run(ImportRequest request, Path upload, String fileName, ImportWorkspace workspace, ImportReport report) {
        return run(request, upload, fileName, workspace, report, new ImportProgress());
    }

    /** As {@link #run(ImportRequest, Path, String, ImportWorkspace, ImportReport)}, telling {@code progress} how far it is. */
    ImportReport run(ImportRequest request, Path upload, String fileName, ImportWorkspace workspace, ImportReport report,
                     ImportProgress progress) {
        long started = System.nanoTime();
        progress.phase(ImportProgress.Phase.OPENING);
        try {
            transactions.executeWithoutResult(status -> {
                try (FeatureSource source = SourceFiles.open(upload, fileName, request, workspace,
                        new SafeUnzip(properties), report)) {
                    progress.reading(source);
                    Reprojection reprojection = new Reprojection(source.declaredCrs(), request.srid(), report);
                    ImportContext context = new ImportContext(jdbc, dataSource, dialect, properties, request, report, reprojection,
                            source.heterogeneous());
                    LayerImport layer = LayerImport.of(context);
                    Savepoint beforeWriting = layer.writesWhileReading() ? savepoint() : null;
                    try {
                        stage(layer, source);
                    } catch (StagingRequired again) {
                        // written straight into the tables until a stored or repeated code came: undo, read again
                        log.debug("import {}: {}; reading the file again through the staging table", report.id(),
                                again.getMessage());
                        rollbackTo(beforeWriting);
                        report.restartRows();
                        layer = again.stagedImport();
                        try (FeatureSource second = SourceFiles.open(upload, fileName, request, workspace,
                                new SafeUnzip(properties), report)) {
                            progress.reading(second);
                            stage(layer, second);
                        }
                    }
                    lap("staged", report, started);
                    progress.phase(ImportProgress.Phase.CHECKING);
                    if (report.rowsRead() == 0) {
                        throw new ImportFailure("file", fileName, "import.file.noRows");
                    }
                    layer.check();
                    lap("checked", report, started);
                    report.rejectedRows(layer.rejected());
                    long accepted = layer.accepted();
                    long existing = layer.existing();
                    boolean refused = report.rejected() > 0 && request.mode() == ImportMode.ALL_OR_NOTHING;
                    if (request.dryRun()) {
                        report.wouldWrite(refused ? 0 : accepted - existing, refused ? 0 : existing);
                        status.setRollbackOnly();
                    } else if (refused || accepted == 0) {
                        report.nothingWritten();
                        status.setRollbackOnly();
                    } else {
                        progress.phase(ImportProgress.Phase.WRITING);
                        // every stored house or household the import changes: before and after in the audit log
                        ImportedChanges.Kind audited = auditedKind(request.layer());
                        long since = existing > 0 && audited != null
                                ? changes.before(audited, stagingTable(request.layer()), report.id()) : -1;
                        layer.merge();
                        if (since >= 0) {
                            changes.after(audited, report.id(), since);
                        }
                        lap("merged", report, started);
                        layer.clear();
                        report.written(accepted - existing, existing);
                        // in the import's transaction: an import that fails or rolls back leaves no entry
                        audit.event("IMPORT", "import " + request.layer().parameter() + " " + fileName, accepted,
                                importDetail(request, fileName, report));
                    }
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (ImportFailure failure) {
            report.fail(failure.asError());
        } catch (UncheckedIOException e) {
            report.fail(new ImportFailure("file", fileName, "import.file.unreadable", String.valueOf(e.getMessage())).asError());
        } finally {
            progress.phase(ImportProgress.Phase.FINISHED);
        }
        log.info("import {} of {} ({}): {} rows read, {} inserted, {} updated, {} rejected, {} ms", report.id(),
                request.layer().parameter(), report.isWritten() ? "written" : "nothing written", report.rowsRead(),
                report.inserted(), report.updated(), report.rejected(), (System.nanoTime() - started) / 1_000_000);
        return report;
    }
}
