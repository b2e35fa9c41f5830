package org.relman.cmdb.app;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.LongConsumer;
import org.relman.cmdb.domain.CiType;
import org.relman.cmdb.domain.imports.CsvReader;
import org.relman.cmdb.domain.imports.ImportErrors;
import org.relman.cmdb.domain.imports.ItemCsvLayout;
import org.relman.cmdb.domain.imports.ItemRow;

/**
 * Checks a whole CI file before anything is written: the header, every row's fields and type, and that no key
 * appears twice. Memory grows with the number of distinct keys (to find repeats), never with the file's size.
 */
final class ItemFileCheck {
    private final List<CiType> types;
    private final ImportErrors errors = new ImportErrors();
    private ItemCsvLayout layout;
    private long rows;

    ItemFileCheck(List<CiType> types) {
        this.types = types;
    }

    /** Reads the file through; {@code progress} hears the number of data rows read now and then. */
    ItemFileCheck run(Path file, LongConsumer progress) throws IOException {
        try (CsvReader csv = new CsvReader(Files.newInputStream(file))) {
            Optional<ItemCsvLayout> read = ItemCsvLayout.read(csv.next(), errors);
            if (read.isEmpty()) {
                return this;
            }
            layout = read.get();
            Map<String, Integer> firstRowOfKey = new HashMap<>();
            for (CsvReader.Record record = csv.next(); record != null; record = csv.next()) {
                rows++;
                layout.row(record, types, errors).ifPresent(row -> {
                    Integer first = firstRowOfKey.putIfAbsent(row.key(), row.row());
                    if (first != null) {
                        errors.add(row.row(), "key", "key " + row.key() + " is on row " + first
                                + " already: a file may name each CI once.");
                    }
                });
                if (record.fatal()) {
                    break;
                }
                if (rows % ImportRunner.PROGRESS_ROWS == 0) {
                    progress.accept(rows);
                }
            }
            if (rows == 0 && !errors.any()) {
                errors.add(1, null, "the file has a header but no rows to import.");
            }
        }
        return this;
    }

    ImportErrors errors() {
        return errors;
    }

    long rows() {
        return rows;
    }

    /** The file's rows for writing; only after a check without errors. */
    CsvRows<ItemRow> rowsOf(Path file) {
        ImportErrors none = new ImportErrors();
        return new CsvRows<>(file, record -> layout.row(record, types, none));
    }
}
