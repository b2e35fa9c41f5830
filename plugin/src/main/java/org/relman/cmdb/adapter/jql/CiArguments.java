package org.relman.cmdb.adapter.jql;

import com.atlassian.query.operand.FunctionOperand;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.relman.cmdb.domain.NewConfigurationItem;
import org.relman.platform.adapter.jira.JqlResults;

/** Reads and checks the arguments of the CMDB's JQL functions; every message names the argument and its rule. */
final class CiArguments {
    static final int DEFAULT_DEPTH = 5;
    static final int MAX_DEPTH = 10;
    /** The shape of a CI key, as the CMDB stores it (upper case). */
    private static final Pattern KEY = Pattern.compile("[A-Z0-9][A-Z0-9._-]*");

    private CiArguments() {
    }

    /** The CI key as stored, or empty if the text cannot be one. */
    static Optional<String> key(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        String key = text.strip().toUpperCase(Locale.ROOT);
        return key.length() <= NewConfigurationItem.KEY_MAX && KEY.matcher(key).matches() ? Optional.of(key) : Optional.empty();
    }

    static Optional<String> keyError(FunctionOperand operand, String text) {
        if (text == null || text.isBlank()) {
            return Optional.of(JqlResults.call(operand) + ": key (the configuration item's key, e.g. \"CRM-DB\") is required.");
        }
        if (key(text).isEmpty()) {
            return Optional.of(JqlResults.call(operand) + ": key must be at most " + NewConfigurationItem.KEY_MAX
                    + " letters, digits, '.', '_' or '-', starting with a letter or digit (it is \"" + text + "\").");
        }
        return Optional.empty();
    }

    /** The depth argument (the second), or the default when absent; empty if it is not a whole number in range. */
    static Optional<Integer> depth(List<String> args) {
        if (args.size() < 2) {
            return Optional.of(DEFAULT_DEPTH);
        }
        try {
            int depth = Integer.parseInt(args.get(1).strip());
            return depth >= 1 && depth <= MAX_DEPTH ? Optional.of(depth) : Optional.empty();
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    static String depthError(FunctionOperand operand, String text) {
        return JqlResults.call(operand) + ": depth must be a whole number from 1 to " + MAX_DEPTH + " (it is \"" + text + "\").";
    }
}
