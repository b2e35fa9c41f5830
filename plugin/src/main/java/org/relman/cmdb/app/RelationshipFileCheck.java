package org.relman.cmdb.app;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.LongConsumer;
import org.relman.cmdb.domain.RelationshipType;
import org.relman.cmdb.domain.imports.CsvReader;
import org.relman.cmdb.domain.imports.ImportErrors;
import org.relman.cmdb.domain.imports.RelationshipCsvLayout;
import org.relman.cmdb.domain.imports.RelationshipRow;

/**
 * Checks a whole relationship file before anything is written: the header, every row's fields and type, that both
 * CIs exist (looked up a chunk of rows at a time, one query per chunk) and that no relationship appears twice.
 * Memory grows with the number of distinct CIs and relationships named, never with the file's size.
 */
final class RelationshipFileCheck {
    private static final int CHUNK = 1000;

    private final List<RelationshipType> types;
    private final CmdbBulkWriter writer;
    private final ImportErrors errors = new ImportErrors();
    private final Map<String, Long> ids = new HashMap<>();
    private final Set<String> missing = new HashSet<>();
    private final Map<String, Map<Long, Integer>> firstRowOfPair = new HashMap<>();
    private RelationshipCsvLayout layout;
    private long rows;

    RelationshipFileCheck(List<RelationshipType> types, CmdbBulkWriter writer) {
        this.types = types;
        this.writer = writer;
    }

    RelationshipFileCheck run(Path file, LongConsumer progress) throws IOException {
        try (CsvReader csv = new CsvReader(Files.newInputStream(file))) {
            Optional<RelationshipCsvLayout> read = RelationshipCsvLayout.read(csv.next(), errors);
            if (read.isEmpty()) {
                return this;
            }
            layout = read.get();
            List<RelationshipRow> chunk = new ArrayList<>();
            for (CsvReader.Record record = csv.next(); record != null; record = csv.next()) {
                rows++;
                layout.row(record, types, errors).ifPresent(chunk::add);
                if (chunk.size() == CHUNK) {
                    checkEnds(chunk);
                    progress.accept(rows);
                }
                if (record.fatal()) {
                    break;
                }
            }
            checkEnds(chunk);
            if (rows == 0 && !errors.any()) {
                errors.add(1, null, "the file has a header but no rows to import.");
            }
        }
        return this;
    }

    private void checkEnds(List<RelationshipRow> chunk) {
        Set<String> unknown = new HashSet<>();
        for (RelationshipRow row : chunk) {
            for (String key : List.of(row.relationship().source(), row.relationship().target())) {
                if (!ids.containsKey(key) && !missing.contains(key)) {
                    unknown.add(key);
                }
            }
        }
        if (!unknown.isEmpty()) {
            Map<String, Long> found = writer.itemIds(unknown);
            ids.putAll(found);
            unknown.removeAll(found.keySet());
            missing.addAll(unknown);
        }
        for (RelationshipRow row : chunk) {
            Long source = ids.get(row.relationship().source());
            Long target = ids.get(row.relationship().target());
            if (source == null) {
                errors.add(row.row(), "source", "source " + row.relationship().source()
                        + " is not a configuration item; import the CIs first.");
            }
            if (target == null) {
                errors.add(row.row(), "target", "target " + row.relationship().target()
                        + " is not a configuration item; import the CIs first.");
            }
            if (source != null && target != null) {
                Integer first = firstRowOfPair.computeIfAbsent(row.relationship().type(), t -> new HashMap<>())
                        .putIfAbsent((source << 32) | target, row.row());
                if (first != null) {
                    errors.add(row.row(), null, "the relationship " + row.relationship().source() + " "
                            + row.relationship().type() + " " + row.relationship().target() + " is on row " + first + " already.");
                }
            }
        }
        chunk.clear();
    }

    ImportErrors errors() {
        return errors;
    }

    long rows() {
        return rows;
    }

    CsvRows<RelationshipRow> rowsOf(Path file) {
        ImportErrors none = new ImportErrors();
        return new CsvRows<>(file, record -> layout.row(record, types, none));
    }
}
