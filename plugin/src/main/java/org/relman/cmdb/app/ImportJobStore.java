package org.relman.cmdb.app;

import java.util.List;
import java.util.Optional;
import org.relman.cmdb.domain.imports.ImportCounts;
import org.relman.cmdb.domain.imports.ImportError;
import org.relman.cmdb.domain.imports.ImportJob;
import org.relman.cmdb.domain.imports.ImportKind;
import org.relman.cmdb.domain.imports.ImportState;
import org.relman.platform.domain.UserRef;

/** Import jobs, in the database so that any node can answer how one is doing. */
public interface ImportJobStore {
    ImportJob create(ImportKind kind, UserRef by);

    /** Progress of a running job. */
    void progress(long id, ImportState state, ImportCounts counts);

    /** The end of a job: its final state, a sentence for people, counts and the error report (all errors counted, some kept). */
    void finish(long id, ImportState state, String message, ImportCounts counts, long errorCount, List<ImportError> errors);

    Optional<ImportJob> find(long id);
}
