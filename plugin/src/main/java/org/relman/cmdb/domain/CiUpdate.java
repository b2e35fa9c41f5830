package org.relman.cmdb.domain;

import java.util.List;

/** An item after an update, with the changes the update made (empty when it changed nothing). */
public record CiUpdate(ConfigurationItem item, List<FieldChange> changes) {
    public CiUpdate {
        changes = List.copyOf(changes);
    }
}
