package org.relman.cmdb.adapter.ao;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javax.inject.Inject;
import javax.inject.Named;
import net.java.ao.DBParam;
import net.java.ao.Query;
import org.relman.cmdb.app.ImportJobStore;
import org.relman.cmdb.domain.imports.ImportCounts;
import org.relman.cmdb.domain.imports.ImportError;
import org.relman.cmdb.domain.imports.ImportJob;
import org.relman.cmdb.domain.imports.ImportKind;
import org.relman.cmdb.domain.imports.ImportState;
import org.relman.platform.domain.UserRef;

/** Import jobs in Active Objects; the error report is kept as text, one error per line. */
@Named
class AoImportJobStore implements ImportJobStore {
    private final ActiveObjects ao;

    @Inject
    AoImportJobStore(@ComponentImport ActiveObjects ao) {
        this.ao = ao;
    }

    @Override
    public ImportJob create(ImportKind kind, UserRef by) {
        return ao.executeInTransaction(() -> {
            Date now = new Date();
            CmdbImportJobAO row = ao.create(CmdbImportJobAO.class,
                    new DBParam("JOB_KIND", kind.name()),
                    new DBParam("JOB_STATE", ImportState.QUEUED.name()),
                    new DBParam("ROWS_READ", 0L),
                    new DBParam("ROWS_WRITTEN", 0L),
                    new DBParam("CREATED_COUNT", 0L),
                    new DBParam("UPDATED_COUNT", 0L),
                    new DBParam("UNCHANGED_COUNT", 0L),
                    new DBParam("ERROR_COUNT", 0L),
                    new DBParam("CREATED_BY", by.key()),
                    new DBParam("CREATED_AT", now),
                    new DBParam("UPDATED_AT", now));
            return toRecord(row);
        });
    }

    @Override
    public void progress(long id, ImportState state, ImportCounts counts) {
        ao.executeInTransaction(() -> {
            CmdbImportJobAO row = row(id);
            if (row != null && !ImportState.valueOf(row.getJobState()).finished()) {
                row.setJobState(state.name());
                counts(row, counts);
                row.setUpdatedAt(new Date());
                row.save();
            }
            return null;
        });
    }

    @Override
    public void finish(long id, ImportState state, String message, ImportCounts counts, long errorCount, List<ImportError> errors) {
        ao.executeInTransaction(() -> {
            CmdbImportJobAO row = row(id);
            Date now = new Date();
            row.setJobState(state.name());
            row.setMessage(HistoryRows.cut(message));
            counts(row, counts);
            row.setErrorCount(errorCount);
            row.setErrorReport(errors.isEmpty() ? null : ErrorReport.write(errors));
            row.setUpdatedAt(now);
            row.setFinishedAt(now);
            row.save();
            return null;
        });
    }

    @Override
    public Optional<ImportJob> find(long id) {
        return ao.executeInTransaction(() -> {
            CmdbImportJobAO row = row(id);
            return row == null ? Optional.empty() : Optional.of(toRecord(row));
        });
    }

    /** The job's row, or null: {@code ao.get} would hand back a row for any id. */
    private CmdbImportJobAO row(long id) {
        CmdbImportJobAO[] rows = ao.find(CmdbImportJobAO.class, Query.select().where("ID = ?", (int) id));
        return rows.length == 0 ? null : rows[0];
    }

    private static void counts(CmdbImportJobAO row, ImportCounts counts) {
        row.setRowsRead(counts.rowsRead());
        row.setRowsWritten(counts.rowsWritten());
        row.setCreatedCount(counts.created());
        row.setUpdatedCount(counts.updated());
        row.setUnchangedCount(counts.unchanged());
    }

    private static ImportJob toRecord(CmdbImportJobAO row) {
        ImportCounts counts = new ImportCounts(n(row.getRowsRead()), n(row.getRowsWritten()), n(row.getCreatedCount()),
                n(row.getUpdatedCount()), n(row.getUnchangedCount()));
        List<ImportError> errors = row.getErrorReport() == null ? new ArrayList<>() : ErrorReport.read(row.getErrorReport());
        return new ImportJob(row.getID(), ImportKind.valueOf(row.getJobKind().toUpperCase(Locale.ROOT)),
                ImportState.valueOf(row.getJobState()), row.getMessage(), counts, n(row.getErrorCount()), errors,
                row.getCreatedBy(), row.getCreatedAt().toInstant(), row.getUpdatedAt().toInstant(),
                row.getFinishedAt() == null ? null : row.getFinishedAt().toInstant());
    }

    private static long n(Long value) {
        return value == null ? 0 : value;
    }
}
