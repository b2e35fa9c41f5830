package org.relman.dsl.domain;

/**
 * How the CMDB records a release's package: the configuration item's key and its {@code package-state}
 * attribute ({@value #PENDING} once placed in the DSL; later stages set other states).
 */
public record PackageRecord(String ciKey, String state) {
    public static final String PENDING = "pending";

    public boolean pending() {
        return PENDING.equals(state);
    }
}
