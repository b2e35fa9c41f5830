package org.relman.change.domain;

import java.util.List;

/** Joining names and phrases the way a sentence does: "A", "A and B", "A, B and C". */
final class Words {
    private Words() {
    }

    static String and(List<String> parts) {
        if (parts.isEmpty()) {
            return "";
        }
        if (parts.size() == 1) {
            return parts.get(0);
        }
        return String.join(", ", parts.subList(0, parts.size() - 1)) + " and " + parts.get(parts.size() - 1);
    }
}
