package org.relman.dsl.app;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import javax.inject.Inject;
import javax.inject.Named;
import org.relman.dsl.domain.CopyCheck;
import org.relman.dsl.domain.CopyToCheck;
import org.relman.dsl.domain.IntegrityReport;
import org.relman.dsl.domain.StorageRoot;

/**
 * Re-verifies the DSL: recomputes the SHA-256 of every copy relman may read inside the configured storage
 * roots and records on each copy when it was checked and what was found. Runs synchronously.
 *
 * <p>No transaction is held while a file is hashed (a large image takes a while): each copy's result is
 * stored on its own, so a check that stops half-way leaves the copies it reached recorded truthfully.
 */
@Named
public class IntegrityCheck {
    private final DslAccess access;
    private final DslEntryStore entries;
    private final StorageRootStore roots;
    private final CopyVerifier verifier;

    @Inject
    public IntegrityCheck(DslAccess access, DslEntryStore entries, StorageRootStore roots, CopyVerifier verifier) {
        this.access = access;
        this.entries = entries;
        this.roots = roots;
        this.verifier = verifier;
    }

    public IntegrityReport run() {
        access.librarianOrAdministrator("run the DSL's integrity check");
        Instant started = Instant.now();
        List<StorageRoot> configured = roots.list();
        List<CopyCheck> found = new ArrayList<>();
        for (CopyToCheck copy : entries.copiesToCheck()) {
            CopyCheck check = verifier.check(copy, configured);
            entries.recordCheck(copy.copyId(), check.outcome(), Instant.now());
            found.add(check);
        }
        return new IntegrityReport(started, Instant.now(), found);
    }
}
