package org.relman.dsl.domain;

import java.util.List;

/** The answer to placing a release's package: the entries recorded (pending) and the CMDB's record of the package. */
public record PlacedPackage(String releaseKey, PackageRecord record, List<DslEntry> entries) {
    public PlacedPackage {
        entries = List.copyOf(entries);
    }
}
