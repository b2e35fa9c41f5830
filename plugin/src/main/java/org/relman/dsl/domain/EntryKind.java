package org.relman.dsl.domain;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/** What kind of software artefact a DSL entry is. */
public enum EntryKind {
    INSTALLER, SCRIPT, CONFIGURATION, DOCUMENT, IMAGE;

    public static Optional<EntryKind> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        return Arrays.stream(values()).filter(k -> k.name().equalsIgnoreCase(text.strip())).findFirst();
    }

    /** As clients write it: lower case. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static String allowed() {
        return Arrays.stream(values()).map(EntryKind::code).collect(Collectors.joining(", "));
    }
}
