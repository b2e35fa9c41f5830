package org.relman.dsl.adapter.files;

import org.relman.dsl.app.CopyVerifier;

/** Builds the package-private file-system verifier for tests in other packages. */
public final class CopyVerifiers {
    private CopyVerifiers() {
    }

    public static CopyVerifier fileSystem() {
        return new FileSystemCopyVerifier();
    }
}
