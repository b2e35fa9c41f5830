package org.relman.cmdb.domain;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.relman.platform.domain.FieldError;
import org.relman.platform.domain.InvalidInputException;
import org.relman.platform.domain.TextRules;

/** Rules for type codes and names, and the check that an item or relationship names a usable type. */
public final class CmdbTypeRules {
    public static final int CODE_MAX = 64;
    public static final int NAME_MAX = 255;
    private static final Pattern CODE = Pattern.compile("[a-z][a-z0-9-]*");

    private CmdbTypeRules() {
    }

    /** A new type's code: lower-case letters, digits and '-'; normalised to lower case. */
    public static String code(TextRules rules, String code) {
        String clean = rules.required("code", code == null ? null : code.toLowerCase(Locale.ROOT), CODE_MAX);
        return rules.matching("code", clean, CODE, "must be lower-case letters, digits and '-', starting with a letter (e.g. load-balancer).");
    }

    public static String name(TextRules rules, String field, String name, boolean required) {
        return required ? rules.required(field, name, NAME_MAX) : rules.optional(field, name, NAME_MAX);
    }

    /**
     * The item the input describes if it breaks no rule, its type included ({@code keptType} is the type the item has
     * already, {@code null} for a new one); otherwise every broken rule at once, {@code earlier} ones first.
     */
    public static NewConfigurationItem validateItem(NewConfigurationItem.Input input, String keptType, Collection<CiType> types,
                                                    List<FieldError> earlier) {
        List<FieldError> all = new ArrayList<>(earlier);
        NewConfigurationItem item = null;
        try {
            item = NewConfigurationItem.validate(input);
        } catch (InvalidInputException e) {
            all.addAll(e.errors());
        }
        if (all.stream().noneMatch(e -> e.field().equals("type")) && input.type() != null && !input.type().isBlank()) {
            TextRules rules = new TextRules();
            requireUsableCiType(rules, "type", input.type().strip().toLowerCase(Locale.ROOT), keptType, types);
            try {
                rules.check();
            } catch (InvalidInputException e) {
                all.addAll(e.errors());
            }
        }
        if (!all.isEmpty()) {
            throw new InvalidInputException(all);
        }
        return item;
    }

    /**
     * Reports under {@code field} a code that is no CI type, or a retired one unless the item has it already
     * ({@code keptFrom} is the item's current type, {@code null} for a new item).
     */
    public static void requireUsableCiType(TextRules rules, String field, String code, String keptFrom, Collection<CiType> types) {
        if (code == null) {
            return;
        }
        CiType type = types.stream().filter(t -> t.code().equals(code)).findFirst().orElse(null);
        String known = types.stream().filter(t -> !t.retired()).map(CiType::code).sorted().collect(Collectors.joining(", "));
        if (type == null) {
            rules.reject(field, field + " '" + code + "' is not a CI type; the CI types are: " + known + ".");
        } else if (type.retired() && !code.equals(keptFrom)) {
            rules.reject(field, field + " '" + code + "' is retired and takes no new items; the CI types are: " + known + ".");
        }
    }

    /** Reports under {@code field} a code that is no relationship type, or (when {@code forNew}) a retired one. */
    public static void requireUsableRelationshipType(TextRules rules, String field, String code, boolean forNew,
                                                     Collection<RelationshipType> types) {
        if (code == null) {
            return;
        }
        RelationshipType type = types.stream().filter(t -> t.code().equals(code)).findFirst().orElse(null);
        String known = types.stream().filter(t -> !t.retired()).map(RelationshipType::code).sorted()
                .collect(Collectors.joining(", "));
        if (type == null) {
            rules.reject(field, field + " '" + code + "' is not a relationship type; the relationship types are: " + known + ".");
        } else if (type.retired() && forNew) {
            rules.reject(field, field + " '" + code + "' is retired and takes no new relationships; the relationship types are: "
                    + known + ".");
        }
    }
}
