package org.relman.dsl.domain;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import org.relman.platform.domain.TextRules;

/**
 * A storage root that has passed every field rule. The path is absolute on relman's server, holds no
 * '..' segment and is not the file system's root (that would open every file of the server to the
 * integrity check); it is stored normalised, without a trailing separator.
 */
public record NewStorageRoot(String path, String label) {
    public static final int PATH_MAX = 450;
    public static final int LABEL_MAX = 255;

    public record Input(String path, String label) {
    }

    public static NewStorageRoot validate(Input input) {
        TextRules rules = new TextRules();
        String path = path(rules, rules.required("path", input.path(), PATH_MAX));
        String label = rules.required("label", input.label(), LABEL_MAX);
        if (label != null && label.chars().anyMatch(c -> c < 0x20 || c == 0x7f)) {
            rules.reject("label", "label must not contain control characters.");
        }
        rules.check();
        return new NewStorageRoot(path, label);
    }

    private static String path(TextRules rules, String text) {
        if (text == null || text.length() > PATH_MAX) {
            return text;
        }
        Path path;
        try {
            path = Path.of(text);
        } catch (InvalidPathException e) {
            rules.reject("path", "path is not a valid path on relman's server: " + e.getReason() + ".");
            return text;
        }
        if (!path.isAbsolute()) {
            rules.reject("path", "path must be an absolute directory path on relman's server, e.g. /srv/dsl.");
            return text;
        }
        for (Path segment : path) {
            if (segment.toString().equals("..")) {
                rules.reject("path", "path must not contain '..' segments.");
                return text;
            }
        }
        Path normal = path.normalize();
        if (normal.getParent() == null) {
            rules.reject("path", "path must not be the file system's root: give the directory that holds the DSL's files.");
        }
        return normal.toString();
    }
}
