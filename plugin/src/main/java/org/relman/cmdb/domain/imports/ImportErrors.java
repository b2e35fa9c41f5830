package org.relman.cmdb.domain.imports;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** The errors of one file: every one is counted, the first {@value #REPORTED} are kept for the report. */
public final class ImportErrors {
    public static final int REPORTED = 1000;

    private final List<ImportError> kept = new ArrayList<>();
    private long count;

    public void add(int row, String column, String message) {
        count++;
        if (kept.size() < REPORTED) {
            kept.add(new ImportError(row, column, message));
        }
    }

    public boolean any() {
        return count > 0;
    }

    public long count() {
        return count;
    }

    /** The kept errors by row (checks that look a chunk of rows up in the database report a little later). */
    public List<ImportError> reported() {
        List<ImportError> byRow = new ArrayList<>(kept);
        byRow.sort(Comparator.comparingInt(ImportError::row));
        return List.copyOf(byRow);
    }
}
