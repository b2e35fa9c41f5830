package org.relman.sandbox;

import java.util.UUID;

/** Sandboxes for tests: a free port and a fresh in-memory database each. */
public final class TestSandboxes {
    private TestSandboxes() {
    }

    public static SandboxOptions inMemory(boolean demoData) {
        return SandboxOptions.defaults().withPort(0).withDemoData(demoData)
                .withDatabase("jdbc:hsqldb:mem:sandbox-" + UUID.randomUUID() + ";hsqldb.tx=mvcc", "SA", "");
    }
}
