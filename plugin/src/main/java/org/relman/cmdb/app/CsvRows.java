package org.relman.cmdb.app;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.function.Function;
import org.relman.cmdb.domain.imports.CsvReader;

/**
 * The data rows of a checked file, read again from disk one at a time for writing. The file passed its check, so
 * {@code parse} finds every row valid; it returns empty only for a row the check would have refused.
 */
final class CsvRows<T> implements Iterator<T>, AutoCloseable {
    private final CsvReader reader;
    private final Function<CsvReader.Record, Optional<T>> parse;
    private T next;

    CsvRows(Path file, Function<CsvReader.Record, Optional<T>> parse) {
        try {
            this.reader = new CsvReader(Files.newInputStream(file));
            this.parse = parse;
            reader.next(); // the header, checked already
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public boolean hasNext() {
        if (next != null) {
            return true;
        }
        try {
            CsvReader.Record record = reader.next();
            if (record == null) {
                return false;
            }
            next = parse.apply(record).orElseThrow(() -> new IllegalStateException(
                    "row " + record.row() + " changed between the check and the write"));
            return true;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public T next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        T row = next;
        next = null;
        return row;
    }

    @Override
    public void close() {
        try {
            reader.close();
        } catch (IOException ignored) {
            // reading is over; a file that will not close is deleted next anyway
        }
    }
}
