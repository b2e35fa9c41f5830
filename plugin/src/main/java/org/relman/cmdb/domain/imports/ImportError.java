package org.relman.cmdb.domain.imports;

import java.util.Objects;

/**
 * One broken rule in an import file: the row (the line where the record starts; the header is row 1), the column
 * as the header names it ({@code null} when the whole row or file is at fault) and the rule in words.
 */
public record ImportError(int row, String column, String message) {
    public ImportError {
        Objects.requireNonNull(message, "message");
    }
}
