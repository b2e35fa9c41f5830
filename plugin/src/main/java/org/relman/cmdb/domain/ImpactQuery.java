package org.relman.cmdb.domain;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.relman.platform.domain.TextRules;

/**
 * A validated impact question: from which CIs (the changed ones), which way, how deep and up to how many CIs.
 * Depth 1–{@value #MAX_DEPTH} (default {@value #DEFAULT_DEPTH}), limit 1–{@value #MAX_LIMIT} (default
 * {@value #DEFAULT_LIMIT}), at most {@value #MAX_KEYS} start keys.
 */
public record ImpactQuery(List<String> keys, ImpactDirection direction, int depth, int limit) {
    public static final int MAX_DEPTH = 10;
    public static final int DEFAULT_DEPTH = 3;
    public static final int MAX_LIMIT = 5000;
    public static final int DEFAULT_LIMIT = 1000;
    public static final int MAX_KEYS = 500;

    public ImpactQuery {
        keys = List.copyOf(keys);
    }

    public static ImpactQuery validate(List<String> keys, String direction, Integer depth, Integer limit) {
        TextRules rules = new TextRules();
        Set<String> clean = new LinkedHashSet<>();
        for (String key : keys == null ? List.<String>of() : keys) {
            if (key != null && !key.isBlank()) {
                clean.add(key.strip().toUpperCase(Locale.ROOT));
            }
        }
        if (clean.isEmpty()) {
            rules.reject("keys", "keys must name at least one configuration item.");
        } else if (clean.size() > MAX_KEYS) {
            rules.reject("keys", "keys may name at most " + MAX_KEYS + " configuration items (it names " + clean.size() + ").");
        }
        ImpactDirection way = ImpactDirection.DOWNSTREAM;
        if (direction != null && !direction.isBlank()) {
            way = ImpactDirection.parse(direction).orElse(null);
            if (way == null) {
                rules.reject("direction", "direction must be downstream or upstream.");
            }
        }
        int levels = depth == null ? DEFAULT_DEPTH : depth;
        if (levels < 1 || levels > MAX_DEPTH) {
            rules.reject("depth", "depth must be between 1 and " + MAX_DEPTH + " (it is " + levels + ").");
        }
        int most = limit == null ? DEFAULT_LIMIT : limit;
        if (most < 1 || most > MAX_LIMIT) {
            rules.reject("limit", "limit must be between 1 and " + MAX_LIMIT + " (it is " + most + ").");
        }
        rules.check();
        return new ImpactQuery(new ArrayList<>(clean), way, levels, most);
    }
}
