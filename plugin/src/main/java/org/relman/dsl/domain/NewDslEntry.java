package org.relman.dsl.domain;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.relman.platform.domain.InvalidInputException;
import org.relman.platform.domain.TextRules;

/**
 * A DSL entry that has passed every field rule, ready to store. Built only through {@link #validate},
 * which reports every broken rule at once, each naming its field (prefixed, e.g. {@code entries[2].sha256},
 * when the entry is one of several in a request).
 */
public record NewDslEntry(String name, String version, EntryKind kind, String sha256, long sizeBytes,
                          CopyLocation location, List<CopyLocation> copies, String releaseKey) {
    public static final int NAME_MAX = 255;
    public static final int VERSION_MAX = 100;
    public static final int COPIES_MAX = 20;
    static final int KEY_MAX = 450;

    private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");
    private static final Pattern ISSUE_KEY = Pattern.compile("[A-Z][A-Z0-9_]*-[1-9][0-9]*");

    public NewDslEntry {
        copies = List.copyOf(copies);
    }

    /** Raw input as a caller typed it; any field may be missing. {@code copies} are the copies besides the primary {@code location}. */
    public record Input(String name, String version, String kind, String sha256, Long size, String location,
                        List<String> copies, String release) {
    }

    public static NewDslEntry validate(Input input) {
        TextRules rules = new TextRules();
        NewDslEntry entry = validate(rules, "", input);
        rules.check();
        return entry;
    }

    /** Adds every broken rule to {@code all}, each field named with {@code prefix}; null if any rule broke. */
    public static NewDslEntry validate(TextRules all, String prefix, Input input) {
        TextRules rules = new TextRules();
        String name = noControls(rules, prefix + "name", rules.required(prefix + "name", input.name(), NAME_MAX));
        String version = noControls(rules, prefix + "version", rules.required(prefix + "version", input.version(), VERSION_MAX));
        EntryKind kind = kind(rules, prefix + "kind", input.kind());
        String sha256 = sha256(rules, prefix + "sha256", input.sha256());
        long size = size(rules, prefix + "size", input.size());
        CopyLocation location = CopyLocation.validate(rules, prefix + "location", input.location());
        List<CopyLocation> copies = copies(rules, prefix + "copies", location, input.copies());
        String release = rules.optional(prefix + "release", upper(input.release()), 255);
        rules.matching(prefix + "release", release, ISSUE_KEY, "must be a Jira issue key such as REL-12.");
        try {
            rules.check();
        } catch (InvalidInputException broken) {
            broken.errors().forEach(error -> all.reject(error.field(), error.message()));
            return null;
        }
        return new NewDslEntry(name, version, kind, sha256, size, location, copies, release);
    }

    /** One entry per name and version whatever the case: see {@link #nameVersionKey(String, String)}. */
    public String nameVersionKey() {
        return nameVersionKey(name, version);
    }

    /**
     * {@code lower(name) TAB lower(version)}. Names and versions hold no control characters, so the tab splits
     * the key unambiguously, and it sorts below every printable character: ordered by this key, "crm" comes
     * before "crm server" and "crm-tools", whatever the case. Lower-casing can lengthen a few characters; a key
     * that would not fit the column becomes a hash of itself.
     */
    public static String nameVersionKey(String name, String version) {
        String key = name.toLowerCase(Locale.ROOT) + "\t" + version.toLowerCase(Locale.ROOT);
        return key.length() <= KEY_MAX ? key : "sha256:" + hex(key);
    }

    private static EntryKind kind(TextRules rules, String field, String text) {
        if (text == null || text.isBlank()) {
            rules.reject(field, field + " is required: one of " + EntryKind.allowed() + ".");
            return null;
        }
        return EntryKind.parse(text).orElseGet(() -> {
            rules.reject(field, field + " must be one of " + EntryKind.allowed() + " (it is '" + text.strip() + "').");
            return null;
        });
    }

    private static String sha256(TextRules rules, String field, String raw) {
        String text = rules.required(field, raw, 64 * 4);
        if (text == null) {
            return null;
        }
        String hex = text.toLowerCase(Locale.ROOT);
        if (!SHA256.matcher(hex).matches()) {
            rules.reject(field, field + " must be the SHA-256 of the file as 64 hexadecimal digits (0-9, a-f); it has "
                    + hex.length() + " characters" + (hex.chars().allMatch(c -> Character.digit(c, 16) >= 0) ? "." : ", not all of them hexadecimal digits."));
        }
        return hex;
    }

    private static long size(TextRules rules, String field, Long size) {
        if (size == null) {
            rules.reject(field, field + " is required: the file's size in bytes.");
            return 0;
        }
        if (size < 0) {
            rules.reject(field, field + " must be 0 or more bytes (it is " + size + ").");
        }
        return size;
    }

    private static List<CopyLocation> copies(TextRules rules, String field, CopyLocation primary, List<String> raw) {
        List<CopyLocation> copies = new ArrayList<>();
        if (raw == null) {
            return copies;
        }
        if (raw.size() > COPIES_MAX) {
            rules.reject(field, field + " may hold at most " + COPIES_MAX + " locations (it has " + raw.size() + ").");
            return copies;
        }
        Set<String> seen = new HashSet<>();
        if (primary != null) {
            seen.add(primary.text());
        }
        for (int i = 0; i < raw.size(); i++) {
            String itemField = field + "[" + i + "]";
            CopyLocation copy = CopyLocation.validate(rules, itemField, raw.get(i));
            if (copy != null && !seen.add(copy.text())) {
                rules.reject(itemField, itemField + " repeats a location already given for this entry: " + copy.text());
            } else if (copy != null) {
                copies.add(copy);
            }
        }
        return copies;
    }

    private static String noControls(TextRules rules, String field, String text) {
        if (text != null && text.chars().anyMatch(c -> c < 0x20 || c == 0x7f)) {
            rules.reject(field, field + " must not contain control characters.");
        }
        return text;
    }

    private static String upper(String text) {
        return text == null ? null : text.toUpperCase(Locale.ROOT);
    }

    private static String hex(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
