package org.relman.cmdb.domain.imports;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.relman.cmdb.domain.CmdbTypeRules;
import org.relman.cmdb.domain.NewRelationship;
import org.relman.cmdb.domain.RelationshipType;
import org.relman.platform.domain.FieldError;
import org.relman.platform.domain.InvalidInputException;
import org.relman.platform.domain.TextRules;

/**
 * The columns of a relationship file: {@code source}, {@code target} and {@code type}, in any order, nothing else.
 * Whether the CIs exist and whether a row repeats another is checked over the whole file by the import.
 */
public final class RelationshipCsvLayout {
    public static final List<String> COLUMNS = List.of("source", "target", "type");

    private final Map<String, Integer> columns;

    private RelationshipCsvLayout(Map<String, Integer> columns) {
        this.columns = columns;
    }

    public static Optional<RelationshipCsvLayout> read(CsvReader.Record header, ImportErrors errors) {
        if (header == null) {
            errors.add(1, null, "the file is empty: its first row must name the columns source, target and type.");
            return Optional.empty();
        }
        if (header.broken()) {
            errors.add(header.row(), null, header.problem());
            return Optional.empty();
        }
        long before = errors.count();
        Map<String, Integer> columns = new LinkedHashMap<>();
        for (int i = 0; i < header.fields().size(); i++) {
            String name = header.fields().get(i).strip();
            String lower = name.toLowerCase(Locale.ROOT);
            if (!COLUMNS.contains(lower)) {
                errors.add(header.row(), name.isEmpty() ? "column " + (i + 1) : name,
                        "unknown column '" + name + "'; the columns are source, target and type.");
            } else if (columns.putIfAbsent(lower, i) != null) {
                errors.add(header.row(), lower, "the column " + lower + " appears twice.");
            }
        }
        for (String required : COLUMNS) {
            if (!columns.containsKey(required)) {
                errors.add(header.row(), required, "the header has no " + required + " column; source, target and type are required.");
            }
        }
        return errors.count() > before ? Optional.empty() : Optional.of(new RelationshipCsvLayout(columns));
    }

    public Optional<RelationshipRow> row(CsvReader.Record record, Collection<RelationshipType> types, ImportErrors errors) {
        if (record.broken()) {
            errors.add(record.row(), null, record.problem());
            return Optional.empty();
        }
        if (record.fields().size() != columns.size()) {
            errors.add(record.row(), null, "the row has " + record.fields().size() + " fields but the header names "
                    + columns.size() + " columns.");
            return Optional.empty();
        }
        TextRules rules = new TextRules();
        NewRelationship relationship = NewRelationship.read(rules, cell(record, "source"), cell(record, "target"),
                cell(record, "type"));
        CmdbTypeRules.requireUsableRelationshipType(rules, "type", relationship.type(), true, types);
        try {
            rules.check();
            return Optional.of(new RelationshipRow(record.row(), relationship));
        } catch (InvalidInputException e) {
            for (FieldError error : e.errors()) {
                errors.add(record.row(), error.field(), error.message());
            }
            return Optional.empty();
        }
    }

    private String cell(CsvReader.Record record, String column) {
        return record.fields().get(columns.get(column));
    }
}
