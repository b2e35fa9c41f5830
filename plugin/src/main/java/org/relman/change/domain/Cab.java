package org.relman.change.domain;

import java.util.List;
import java.util.Objects;

/**
 * A Change Advisory Board (requirements §1.3). The emergency CAB decides emergency RFCs; the default CAB
 * decides every other RFC that is not a pre-approved standard change.
 */
public record Cab(long id, String name, String description, boolean emergency, boolean defaultCab,
                  DecisionRule rule, List<CabMember> members) {
    public Cab {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(rule, "rule");
        members = List.copyOf(members);
    }
}
