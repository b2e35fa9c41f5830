package org.relman.cmdb.domain;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/** Where a configuration item is in its life. */
public enum CiStatus {
    PLANNED, ACTIVE, MAINTENANCE, RETIRED;

    public static Optional<CiStatus> parse(String text) {
        return Arrays.stream(values()).filter(s -> s.name().equalsIgnoreCase(text.strip())).findFirst();
    }

    public static String allowed() {
        return Arrays.stream(values()).map(s -> s.name().toLowerCase(Locale.ROOT)).collect(Collectors.joining(", "));
    }
}
