package org.relman.cmdb.domain.imports;

import java.util.Locale;

/**
 * Where an import job is: queued, then checking every row, then writing (only a file without a single error gets
 * here), then done; or rejected (the file broke rules, nothing was written) or failed (the database refused the
 * write, nothing was written).
 */
public enum ImportState {
    QUEUED, VALIDATING, WRITING, DONE, REJECTED, FAILED;

    public boolean finished() {
        return this == DONE || this == REJECTED || this == FAILED;
    }

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }
}
