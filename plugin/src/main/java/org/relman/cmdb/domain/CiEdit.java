package org.relman.cmdb.domain;

import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * A change to an item's fields as a caller sent it (a REST update or a CSV row): a {@code null} field is left as
 * it is, a blank text clears an optional field. Attributes either replace the whole set ({@code replaceAttributes},
 * as an update with {@code attributes} does) or are merged name by name, a blank value removing that attribute
 * (as a CSV file's {@code attr.<name>} columns do); {@code null} attributes leave them all as they are.
 */
public record CiEdit(String name, String type, String environment, String owner, String status, String version,
                     Map<String, String> attributes, boolean replaceAttributes) {

    /**
     * The raw input the item with {@code key} has after this edit; {@code current} is {@code null} for an item
     * that does not exist yet. Check it with {@link NewConfigurationItem#validate}.
     */
    public NewConfigurationItem.Input over(String key, ConfigurationItem current) {
        return new NewConfigurationItem.Input(key,
                pick(name, current == null ? null : current.name()),
                pick(type, current == null ? null : current.type()),
                pick(environment, current == null ? null : current.environment()),
                pick(owner, current == null ? null : current.owner()),
                status == null || status.isBlank() ? currentStatus(current) : status,
                pick(version, current == null ? null : current.version()),
                attributesOver(current == null ? Map.of() : current.attributes()));
    }

    private static String pick(String edited, String current) {
        return edited == null ? current : edited;
    }

    private static String currentStatus(ConfigurationItem current) {
        return current == null ? null : current.status().name().toLowerCase(Locale.ROOT);
    }

    private Map<String, String> attributesOver(Map<String, String> current) {
        if (attributes == null) {
            return current;
        }
        if (replaceAttributes) {
            return attributes;
        }
        Map<String, String> merged = new TreeMap<>(current);
        attributes.forEach((name, value) -> {
            if (value == null || value.isBlank()) {
                merged.remove(name);
            } else {
                merged.put(name, value);
            }
        });
        return merged;
    }
}
