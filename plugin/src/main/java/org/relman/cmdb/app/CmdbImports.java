package org.relman.cmdb.app;

import java.io.InputStream;
import javax.inject.Inject;
import javax.inject.Named;
import org.relman.cmdb.domain.Cause;
import org.relman.cmdb.domain.imports.ImportJob;
import org.relman.cmdb.domain.imports.ImportKind;
import org.relman.platform.app.AccessGuard;
import org.relman.platform.domain.InvalidInputException;
import org.relman.platform.domain.NotFoundException;
import org.relman.platform.domain.RelmanRole;
import org.relman.platform.domain.UserRef;

/**
 * Bulk import from CSV, for configuration managers: CIs first, then relationships, one file each. The upload is
 * copied to a temporary file as it arrives (memory stays flat), then checked whole, then written in one transaction
 * only if no row broke a rule. Small files (at most {@value #SYNC_MAX_LINES} lines and {@value #SYNC_MAX_BYTES}
 * bytes) are imported while the caller waits; larger ones, or any when asked, run in the background as a job whose
 * state and counts any node can read.
 */
@Named
public class CmdbImports {
    public static final long MAX_BYTES = 256L * 1024 * 1024;
    public static final int SYNC_MAX_LINES = 2000;
    public static final int SYNC_MAX_BYTES = 1024 * 1024;

    /** A job and whether it runs in the background (it is finished when it did not). */
    public record Started(ImportJob job, boolean background) {
    }

    private final AccessGuard access;
    private final Causes causes;
    private final ImportJobStore jobs;
    private final ImportRunner runner;
    private final ImportWorkers workers;

    @Inject
    public CmdbImports(AccessGuard access, Causes causes, ImportJobStore jobs, ImportRunner runner, ImportWorkers workers) {
        this.access = access;
        this.causes = causes;
        this.jobs = jobs;
        this.runner = runner;
        this.workers = workers;
    }

    public Started importItems(InputStream csv, String cause, boolean background) {
        return start(ImportKind.ITEMS, csv, cause, background);
    }

    public Started importRelationships(InputStream csv, String cause, boolean background) {
        return start(ImportKind.RELATIONSHIPS, csv, cause, background);
    }

    public ImportJob job(long id) {
        access.requireRole(RelmanRole.CONFIGURATION_MANAGER, "import into the CMDB");
        return jobs.find(id).orElseThrow(() -> new NotFoundException("No import job " + id + "."));
    }

    private Started start(ImportKind kind, InputStream csv, String cause, boolean background) {
        UserRef actor = access.requireRole(RelmanRole.CONFIGURATION_MANAGER, "import into the CMDB");
        Cause why = causes.cause(cause, actor);
        if (csv == null) {
            throw new InvalidInputException("file", "the request body must be the CSV file (Content-Type: text/csv).");
        }
        SpooledFile file = SpooledFile.of(csv, MAX_BYTES);
        ImportJob job;
        try {
            job = jobs.create(kind, actor);
        } catch (RuntimeException e) {
            SpooledFile.delete(file.path());
            throw e;
        }
        long id = job.id();
        if (background || file.lines() > SYNC_MAX_LINES || file.bytes() > SYNC_MAX_BYTES) {
            workers.start(() -> runner.run(id, kind, file.path(), actor, why));
            return new Started(job, true);
        }
        runner.run(id, kind, file.path(), actor, why);
        return new Started(jobs.find(id).orElseThrow(), false);
    }
}
