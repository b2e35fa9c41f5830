package org.relman.cmdb.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.TreeSet;

/**
 * What changes when a stored item takes the values of a validated one, field by field, in the order the REST API
 * lists fields; attributes as {@code attributes.<name>}. History records exactly these changes.
 */
public final class CiDiff {
    public static final String CREATED = "created";
    public static final String RELATIONSHIP = "relationship";

    private CiDiff() {
    }

    public static List<FieldChange> between(ConfigurationItem before, NewConfigurationItem after) {
        List<FieldChange> changes = new ArrayList<>();
        compare(changes, "name", before.name(), after.name());
        compare(changes, "type", before.type(), after.type());
        compare(changes, "environment", before.environment(), after.environment());
        compare(changes, "owner", before.owner(), after.owner());
        compare(changes, "status", lower(before.status()), lower(after.status()));
        compare(changes, "version", before.version(), after.version());
        TreeSet<String> names = new TreeSet<>(before.attributes().keySet());
        names.addAll(after.attributes().keySet());
        for (String name : names) {
            compare(changes, "attributes." + name, before.attributes().get(name), after.attributes().get(name));
        }
        return changes;
    }

    /** The history entry of a new item: its name, so the first line of its history says what it was created as. */
    public static FieldChange created(NewConfigurationItem item) {
        return new FieldChange(CREATED, null, item.name());
    }

    private static void compare(List<FieldChange> changes, String field, String before, String after) {
        if (!Objects.equals(before, after)) {
            changes.add(new FieldChange(field, before, after));
        }
    }

    private static String lower(CiStatus status) {
        return status.name().toLowerCase(Locale.ROOT);
    }
}
