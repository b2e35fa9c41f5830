package org.relman.audit.domain;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The exact text an entry's hash covers: one {@code name: value} line per field, the header first
 * (seq, kind, issue, actor, at) and then the details in the order given. Backslashes, line breaks and
 * carriage returns in values are escaped, so every line is one field and the text reads back unchanged.
 * Because the text is stored as it was hashed, checking an entry never depends on re-encoding it.
 */
public final class CanonicalPayload {
    static final List<String> HEADER = List.of("seq", "kind", "issue", "actor", "at");

    private CanonicalPayload() {
    }

    public static String format(long seq, ChangeLogEntry entry, Instant at) {
        StringBuilder text = new StringBuilder();
        line(text, "seq", Long.toString(seq));
        line(text, "kind", entry.kind());
        line(text, "issue", entry.issueId() == null ? "" : entry.issueId().toString());
        line(text, "actor", entry.actorKey() == null ? "" : entry.actorKey());
        line(text, "at", at.toString());
        entry.details().forEach((name, value) -> line(text, name, value));
        return text.toString();
    }

    /** Every field of a payload, header included; a malformed line is kept under the name "?". */
    public static Map<String, String> parse(String payload) {
        Map<String, String> fields = new LinkedHashMap<>();
        for (String line : payload.split("\n", -1)) {
            if (line.isEmpty()) {
                continue;
            }
            int colon = line.indexOf(": ");
            if (colon < 0) {
                fields.merge("?", line, (a, b) -> a + "\n" + b);
            } else {
                fields.put(line.substring(0, colon), unescape(line.substring(colon + 2)));
            }
        }
        return fields;
    }

    /** The details only: the fields after the header. */
    public static Map<String, String> details(String payload) {
        Map<String, String> fields = parse(payload);
        HEADER.forEach(fields::remove);
        return fields;
    }

    private static void line(StringBuilder text, String name, String value) {
        text.append(name).append(": ").append(escape(value)).append('\n');
    }

    static String escape(String value) {
        return value.replace("\\", "\\\\").replace("\n", "\\n").replace("\r", "\\r");
    }

    static String unescape(String value) {
        StringBuilder out = new StringBuilder(value.length());
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '\\' && i + 1 < value.length()) {
                char next = value.charAt(++i);
                out.append(next == 'n' ? '\n' : next == 'r' ? '\r' : next);
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}
