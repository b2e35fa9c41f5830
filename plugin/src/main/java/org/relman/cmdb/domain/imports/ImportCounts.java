package org.relman.cmdb.domain.imports;

/**
 * How far a job got: data rows read (checked) and written, and what writing did to the CMDB: items or relationships
 * created, items updated, rows that changed nothing (re-importing the same file creates and updates nothing).
 */
public record ImportCounts(long rowsRead, long rowsWritten, long created, long updated, long unchanged) {
    public static final ImportCounts NONE = new ImportCounts(0, 0, 0, 0, 0);

    public ImportCounts read(long rows) {
        return new ImportCounts(rows, rowsWritten, created, updated, unchanged);
    }

    public ImportCounts plus(long written, long newlyCreated, long newlyUpdated, long same) {
        return new ImportCounts(rowsRead, rowsWritten + written, created + newlyCreated, updated + newlyUpdated,
                unchanged + same);
    }
}
