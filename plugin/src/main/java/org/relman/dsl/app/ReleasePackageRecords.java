package org.relman.dsl.app;

import java.util.Optional;
import org.relman.dsl.domain.PackageRecord;
import org.relman.platform.domain.UserRef;

/**
 * How the CMDB records release packages. The gate to acceptance testing asks {@link #packagePending}.
 * Permission is the caller's business: the DSL's use cases check the librarian's role before calling.
 */
public interface ReleasePackageRecords {
    /** The CMDB's record of the release's package, if it was placed. */
    Optional<PackageRecord> find(String releaseKey);

    /**
     * Records the release's package as pending in the CMDB, with the number of DSL entries it holds.
     * Joins the caller's transaction if there is one.
     *
     * @throws org.relman.platform.domain.ConflictException naming {@code releaseKey} when it was already placed
     */
    PackageRecord markPending(String releaseKey, int entryCount, UserRef by);

    /** Whether the CMDB records the release's package as pending (placed in the DSL, not yet further). */
    boolean packagePending(String releaseKey);
}
