package org.relman.change.domain;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/** How a CAB seat is held: by a named Jira user, by anyone in a Jira group, or by anyone in a project role of the RFC's project. */
public enum MemberKind {
    USER("user"), GROUP("group"), PROJECT_ROLE("project-role");

    private final String code;

    MemberKind(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public static Optional<MemberKind> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String wanted = text.strip().toLowerCase(Locale.ROOT).replace('_', '-');
        return Arrays.stream(values()).filter(k -> k.code.equals(wanted)).findFirst();
    }

    public static String allowed() {
        return Arrays.stream(values()).map(MemberKind::code).collect(Collectors.joining(", "));
    }
}
