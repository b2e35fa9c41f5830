package org.relman.cmdb.domain;

import java.util.Locale;
import java.util.regex.Pattern;
import org.relman.platform.domain.TextRules;

/**
 * A relationship a caller asked for, with its keys normalised and its field rules checked: both ends and the type
 * are required, and a CI cannot relate to itself. Whether the CIs and the type exist is the use case's check.
 */
public record NewRelationship(String source, String target, String type) {
    private static final Pattern KEY = Pattern.compile("[A-Z0-9][A-Z0-9._-]*");

    /** Adds every broken rule to {@code rules}; the result holds what could be read ({@code null} where nothing could). */
    public static NewRelationship read(TextRules rules, String source, String target, String type) {
        String from = key(rules, "source", source);
        String to = key(rules, "target", target);
        String code = rules.required("type", type == null ? null : type.toLowerCase(Locale.ROOT), CmdbTypeRules.CODE_MAX);
        if (from != null && from.equals(to)) {
            rules.reject("target", "target must be another CI than source: a CI cannot relate to itself (" + from + ").");
        }
        return new NewRelationship(from, to, code);
    }

    public static NewRelationship validate(String source, String target, String type) {
        TextRules rules = new TextRules();
        NewRelationship relationship = read(rules, source, target, type);
        rules.check();
        return relationship;
    }

    private static String key(TextRules rules, String field, String key) {
        String clean = rules.required(field, key == null ? null : key.toUpperCase(Locale.ROOT), NewConfigurationItem.KEY_MAX);
        return rules.matching(field, clean, KEY, "must be a CI key: letters, digits, '.', '_' and '-'.");
    }
}
