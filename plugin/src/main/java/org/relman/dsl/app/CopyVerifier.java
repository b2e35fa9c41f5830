package org.relman.dsl.app;

import java.util.List;
import org.relman.dsl.domain.CopyCheck;
import org.relman.dsl.domain.CopyToCheck;
import org.relman.dsl.domain.StorageRoot;

/** Reads a copy, if relman may, and compares its SHA-256 with the entry's. Never fetches a URL. */
public interface CopyVerifier {
    CopyCheck check(CopyToCheck copy, List<StorageRoot> roots);
}
