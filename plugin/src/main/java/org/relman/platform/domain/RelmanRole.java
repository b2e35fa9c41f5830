package org.relman.platform.domain;

import java.util.EnumSet;
import java.util.Set;

/**
 * The people of requirements §1–§3, as relman's permission checks name them. In Jira each role is
 * held through membership of a Jira group (see the platform's Jira adapter); in the sandbox the
 * seeded users hold them directly. Anyone logged in may file an RFC, so "requester" is not a role.
 */
public enum RelmanRole {
    CAB_MEMBER("CAB member"),
    CHANGE_MANAGER("change manager"),
    RELEASE_MANAGER("release manager"),
    CONFIGURATION_MANAGER("configuration manager"),
    SOFTWARE_LIBRARIAN("DSL librarian"),
    CMDB_READER("CMDB reader"),
    ADMINISTRATOR("relman administrator");

    private final String label;

    RelmanRole(String label) {
        this.label = label;
    }

    /**
     * Roles that grant this one too: whoever keeps the CMDB or the DSL can read the CMDB. Nothing
     * implies a CAB seat or a manager's role, so segregation of duties is never widened by accident.
     */
    public Set<RelmanRole> impliedBy() {
        return this == CMDB_READER ? EnumSet.of(CONFIGURATION_MANAGER, SOFTWARE_LIBRARIAN) : EnumSet.noneOf(RelmanRole.class);
    }

    /** The role as a user reads it in a refusal: "Only a configuration manager may ...". */
    public String label() {
        return label;
    }
}
