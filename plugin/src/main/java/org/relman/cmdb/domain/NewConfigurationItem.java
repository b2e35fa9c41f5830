package org.relman.cmdb.domain;

import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.relman.platform.domain.TextRules;

/**
 * A configuration item that has passed every field rule, ready to store. Built only through
 * {@link #validate}, which reports every broken rule at once, each naming its field.
 */
public record NewConfigurationItem(String key, String name, String type, String environment, String owner,
                                   CiStatus status, String version, Map<String, String> attributes) {
    public static final int KEY_MAX = 64;
    public static final int NAME_MAX = 255;
    public static final int CODE_MAX = 64;
    public static final int OWNER_MAX = 255;
    public static final int VERSION_MAX = 100;
    public static final int ATTRIBUTE_VALUE_MAX = 450;
    public static final int ATTRIBUTES_MAX = 50;

    private static final Pattern KEY = Pattern.compile("[A-Z0-9][A-Z0-9._-]*");
    private static final Pattern CODE = Pattern.compile("[a-z][a-z0-9-]*");
    private static final Pattern ATTRIBUTE_NAME = Pattern.compile("[A-Za-z][A-Za-z0-9._-]{0,63}");

    public NewConfigurationItem {
        attributes = Map.copyOf(attributes);
    }

    /** Raw input as a caller typed it; any field may be missing. */
    public record Input(String key, String name, String type, String environment, String owner,
                        String status, String version, Map<String, String> attributes) {
    }

    public static NewConfigurationItem validate(Input input) {
        TextRules rules = new TextRules();
        String key = rules.required("key", upper(input.key()), KEY_MAX);
        rules.matching("key", key, KEY, "may hold only letters, digits, '.', '_' and '-', starting with a letter or digit.");
        String name = rules.required("name", input.name(), NAME_MAX);
        String type = rules.required("type", lower(input.type()), CODE_MAX);
        rules.matching("type", type, CODE, "must be lower-case letters, digits and '-', starting with a letter (e.g. application).");
        String environment = rules.optional("environment", lower(input.environment()), CODE_MAX);
        rules.matching("environment", environment, CODE, "must be lower-case letters, digits and '-', starting with a letter (e.g. production).");
        String owner = rules.optional("owner", input.owner(), OWNER_MAX);
        String version = rules.optional("version", input.version(), VERSION_MAX);
        CiStatus status = status(rules, input.status());
        Map<String, String> attributes = attributes(rules, input.attributes());
        rules.check();
        return new NewConfigurationItem(key, name, type, environment, owner, status, version, attributes);
    }

    private static CiStatus status(TextRules rules, String text) {
        if (text == null || text.isBlank()) {
            return CiStatus.ACTIVE;
        }
        return CiStatus.parse(text).orElseGet(() -> {
            rules.reject("status", "status must be one of " + CiStatus.allowed() + ".");
            return CiStatus.ACTIVE;
        });
    }

    private static Map<String, String> attributes(TextRules rules, Map<String, String> raw) {
        Map<String, String> clean = new TreeMap<>();
        if (raw == null) {
            return clean;
        }
        if (raw.size() > ATTRIBUTES_MAX) {
            rules.reject("attributes", "attributes may hold at most " + ATTRIBUTES_MAX + " entries (it has " + raw.size() + ").");
            return clean;
        }
        raw.forEach((name, value) -> {
            String field = "attributes." + name;
            if (name == null || !ATTRIBUTE_NAME.matcher(name).matches()) {
                rules.reject("attributes", "attribute name '" + name + "' must be 1-64 letters, digits, '.', '_' or '-', starting with a letter.");
                return;
            }
            String text = rules.optional(field, value, ATTRIBUTE_VALUE_MAX);
            if (text != null) {
                clean.put(name, text);
            }
        });
        return clean;
    }

    private static String upper(String text) {
        return text == null ? null : text.toUpperCase(java.util.Locale.ROOT);
    }

    private static String lower(String text) {
        return text == null ? null : text.toLowerCase(java.util.Locale.ROOT);
    }
}
