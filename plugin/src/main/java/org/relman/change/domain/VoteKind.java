package org.relman.change.domain;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/** What a CAB member can say about an RFC (requirements §1.4). A comment is mandatory on a reject. */
public enum VoteKind {
    APPROVE("approve"),
    REJECT("reject"),
    ABSTAIN("abstain"),
    REQUEST_INFO("request-information");

    private final String code;

    VoteKind(String code) {
        this.code = code;
    }

    /** The name the REST API and the panel use: approve, reject, abstain, request-information. */
    public String code() {
        return code;
    }

    /** Accepts the code, the enum name, and either with '-' or '_' in any case. */
    public static Optional<VoteKind> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String wanted = text.strip().toLowerCase(Locale.ROOT).replace('_', '-');
        return Arrays.stream(values())
                .filter(kind -> kind.code.equals(wanted) || kind.name().toLowerCase(Locale.ROOT).replace('_', '-').equals(wanted))
                .findFirst();
    }

    public static String allowed() {
        return Arrays.stream(values()).map(VoteKind::code).collect(Collectors.joining(", "));
    }
}
