package org.relman.cmdb.domain.imports;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.relman.cmdb.domain.CiEdit;
import org.relman.cmdb.domain.CiType;
import org.relman.cmdb.domain.CmdbTypeRules;
import org.relman.cmdb.domain.NewConfigurationItem;
import org.relman.platform.domain.FieldError;
import org.relman.platform.domain.InvalidInputException;

/**
 * The columns of a CI file, read from its header: {@code key}, {@code name} and {@code type} are required;
 * {@code environment}, {@code owner}, {@code status}, {@code version} and {@code attr.<name>} columns are optional.
 * A row edits the item with its key: a column the file lacks leaves that field as it is, an empty cell clears it
 * (an empty {@code status} keeps the item's status, {@code active} for a new item; an empty {@code attr.<name>}
 * removes that attribute). Every row is checked by the same rules as the REST API.
 */
public final class ItemCsvLayout {
    public static final List<String> REQUIRED = List.of("key", "name", "type");
    public static final List<String> OPTIONAL = List.of("environment", "owner", "status", "version");
    public static final String ATTRIBUTE_PREFIX = "attr.";
    private static final Pattern ATTRIBUTE_NAME = Pattern.compile("[A-Za-z][A-Za-z0-9._-]{0,63}");
    private static final String KNOWN = "key, name, type, environment, owner, status, version and attr.<name>";

    private final Map<String, Integer> columns;
    private final Map<String, Integer> attributes;
    private final int width;

    private ItemCsvLayout(Map<String, Integer> columns, Map<String, Integer> attributes, int width) {
        this.columns = columns;
        this.attributes = attributes;
        this.width = width;
    }

    /** The layout the header names, or empty after adding every fault of the header to {@code errors}. */
    public static Optional<ItemCsvLayout> read(CsvReader.Record header, ImportErrors errors) {
        if (header == null) {
            errors.add(1, null, "the file is empty: its first row must name the columns (" + KNOWN + ").");
            return Optional.empty();
        }
        if (header.broken()) {
            errors.add(header.row(), null, header.problem());
            return Optional.empty();
        }
        long before = errors.count();
        Map<String, Integer> columns = new LinkedHashMap<>();
        Map<String, Integer> attributes = new LinkedHashMap<>();
        for (int i = 0; i < header.fields().size(); i++) {
            String name = header.fields().get(i).strip();
            String lower = name.toLowerCase(Locale.ROOT);
            if (lower.startsWith(ATTRIBUTE_PREFIX)) {
                String attribute = name.substring(ATTRIBUTE_PREFIX.length());
                if (!ATTRIBUTE_NAME.matcher(attribute).matches()) {
                    errors.add(header.row(), name, "an attribute column is attr.<name>, the name 1-64 letters, digits, '.', '_' or '-', starting with a letter.");
                } else if (attributes.putIfAbsent(attribute, i) != null) {
                    errors.add(header.row(), name, "the column " + name + " appears twice.");
                }
            } else if (REQUIRED.contains(lower) || OPTIONAL.contains(lower)) {
                if (columns.putIfAbsent(lower, i) != null) {
                    errors.add(header.row(), name, "the column " + lower + " appears twice.");
                }
            } else {
                errors.add(header.row(), name.isEmpty() ? "column " + (i + 1) : name,
                        "unknown column '" + name + "'; the columns are " + KNOWN + ".");
            }
        }
        for (String required : REQUIRED) {
            if (!columns.containsKey(required)) {
                errors.add(header.row(), required, "the header has no " + required + " column; " + REQUIRED + " are required.");
            }
        }
        if (attributes.size() > NewConfigurationItem.ATTRIBUTES_MAX) {
            errors.add(header.row(), null, "at most " + NewConfigurationItem.ATTRIBUTES_MAX + " attr.<name> columns (the header has "
                    + attributes.size() + ").");
        }
        return errors.count() > before ? Optional.empty()
                : Optional.of(new ItemCsvLayout(columns, attributes, header.fields().size()));
    }

    /** The row's edit, or empty after adding each broken rule to {@code errors}, naming the row and the column. */
    public Optional<ItemRow> row(CsvReader.Record record, Collection<CiType> types, ImportErrors errors) {
        if (record.broken()) {
            errors.add(record.row(), null, record.problem());
            return Optional.empty();
        }
        if (record.fields().size() != width) {
            errors.add(record.row(), null, "the row has " + record.fields().size() + " fields but the header names " + width
                    + " columns.");
            return Optional.empty();
        }
        Map<String, String> values = new LinkedHashMap<>();
        attributes.forEach((name, index) -> values.put(name, record.fields().get(index)));
        String key = cell(record, "key");
        CiEdit edit = new CiEdit(cell(record, "name"), cell(record, "type"), cell(record, "environment"),
                cell(record, "owner"), cell(record, "status"), cell(record, "version"), values, false);
        try {
            NewConfigurationItem item = CmdbTypeRules.validateItem(edit.over(key, null), null, types, List.of());
            return Optional.of(new ItemRow(record.row(), item.key(), edit));
        } catch (InvalidInputException e) {
            for (FieldError error : e.errors()) {
                errors.add(record.row(), column(error.field()), error.message());
            }
            return Optional.empty();
        }
    }

    private String cell(CsvReader.Record record, String column) {
        Integer index = columns.get(column);
        return index == null ? null : record.fields().get(index);
    }

    private static String column(String field) {
        if (field.startsWith("attributes.")) {
            return ATTRIBUTE_PREFIX + field.substring("attributes.".length());
        }
        return field.equals("attributes") ? ATTRIBUTE_PREFIX + "*" : field;
    }
}
