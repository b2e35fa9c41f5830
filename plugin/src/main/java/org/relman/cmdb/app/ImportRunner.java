package org.relman.cmdb.app;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.LongConsumer;
import javax.inject.Inject;
import javax.inject.Named;
import org.relman.cmdb.domain.Cause;
import org.relman.cmdb.domain.imports.ImportCounts;
import org.relman.cmdb.domain.imports.ImportErrors;
import org.relman.cmdb.domain.imports.ImportKind;
import org.relman.cmdb.domain.imports.ImportState;
import org.relman.cmdb.domain.imports.ItemRow;
import org.relman.cmdb.domain.imports.RelationshipRow;
import org.relman.platform.domain.UserRef;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs one import job: check the whole file, then — only if no row broke a rule — write it in one transaction.
 * The job row tells every node how far it got; a rejected or failed job wrote nothing. The spooled file is deleted
 * at the end whatever happens.
 */
@Named
public class ImportRunner {
    static final int PROGRESS_ROWS = 1000;
    private static final Duration PROGRESS_EVERY = Duration.ofSeconds(1);
    private static final Logger LOG = LoggerFactory.getLogger(ImportRunner.class);

    private final ImportJobStore jobs;
    private final CmdbBulkWriter writer;
    private final CmdbTypeStore types;
    private final ImportWorkers workers;

    @Inject
    public ImportRunner(ImportJobStore jobs, CmdbBulkWriter writer, CmdbTypeStore types, ImportWorkers workers) {
        this.jobs = jobs;
        this.writer = writer;
        this.types = types;
        this.workers = workers;
    }

    void run(long jobId, ImportKind kind, Path file, UserRef actor, Cause cause) {
        Progress progress = new Progress(jobId);
        AtomicReference<ImportCounts> counts = new AtomicReference<>(ImportCounts.NONE);
        try {
            progress.report(ImportState.VALIDATING, counts.get(), true);
            ImportErrors errors;
            long rows;
            Write write;
            LongConsumer checked = read -> progress.report(ImportState.VALIDATING, counts.get().read(read), false);
            if (kind == ImportKind.ITEMS) {
                ItemFileCheck check = new ItemFileCheck(types.ciTypes()).run(file, checked);
                errors = check.errors();
                rows = check.rows();
                write = written -> {
                    try (CsvRows<ItemRow> items = check.rowsOf(file)) {
                        return writer.writeItems(items, actor, cause, written);
                    }
                };
            } else {
                RelationshipFileCheck check = new RelationshipFileCheck(types.relationshipTypes(), writer).run(file, checked);
                errors = check.errors();
                rows = check.rows();
                write = written -> {
                    try (CsvRows<RelationshipRow> relationships = check.rowsOf(file)) {
                        return writer.writeRelationships(relationships, actor, cause, written);
                    }
                };
            }
            counts.set(counts.get().read(rows));
            if (errors.any()) {
                finish(jobId, ImportState.REJECTED, "The file breaks " + errors.count() + (errors.count() == 1 ? " rule" : " rules")
                        + "; nothing was imported. Fix the rows named and upload the whole file again.", counts.get(), errors);
                return;
            }
            progress.report(ImportState.WRITING, counts.get(), true);
            ImportCounts read = counts.get();
            ImportCounts written = write.run(n -> progress.report(ImportState.WRITING, read.plus(n, 0, 0, 0), false));
            ImportCounts total = read.plus(written.rowsWritten(), written.created(), written.updated(), written.unchanged());
            finish(jobId, ImportState.DONE, "Imported " + total.rowsWritten() + " rows: " + total.created() + " created, "
                    + total.updated() + " updated, " + total.unchanged() + " unchanged.", total, new ImportErrors());
        } catch (IOException | RuntimeException e) {
            LOG.warn("CMDB import job {} failed", jobId, e);
            finish(jobId, ImportState.FAILED, "The import failed and wrote nothing: " + reason(e), counts.get(), new ImportErrors());
        } finally {
            SpooledFile.delete(file);
        }
    }

    /** Writes the checked file's rows, telling {@code progress} how many are written. */
    @FunctionalInterface
    private interface Write {
        ImportCounts run(LongConsumer progress);
    }

    private void finish(long jobId, ImportState state, String message, ImportCounts counts, ImportErrors errors) {
        workers.recordAndWait(() -> jobs.finish(jobId, state, message, counts, errors.count(), errors.reported()));
    }

    /** What a person can do something about: a clash with another change, or the database's own words. */
    static String reason(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            for (SQLException sql = cause instanceof SQLException s ? s : null; sql != null; sql = sql.getNextException()) {
                if (sql.getSQLState() != null && sql.getSQLState().startsWith("23")) {
                    return "another change to the same CIs or relationships was saved at the same time. Upload the file again.";
                }
            }
        }
        Throwable root = e;
        while (root.getCause() != null) {
            root = root.getCause();
        }
        return root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
    }

    /** Job-row writes, at most one a second, from the job-row thread. */
    private final class Progress {
        private final long jobId;
        private long last;

        Progress(long jobId) {
            this.jobId = jobId;
        }

        void report(ImportState state, ImportCounts counts, boolean now) {
            long at = System.nanoTime();
            if (now || at - last >= PROGRESS_EVERY.toNanos()) {
                last = at;
                workers.record(() -> jobs.progress(jobId, state, counts));
            }
        }
    }
}
