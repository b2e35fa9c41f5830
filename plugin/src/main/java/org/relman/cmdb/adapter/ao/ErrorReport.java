package org.relman.cmdb.adapter.ao;

import java.util.ArrayList;
import java.util.List;
import org.relman.cmdb.domain.imports.ImportError;

/** An import's error report as text: a line per error, {@code row TAB column TAB message}, with \t, \n and \\ escaped. */
final class ErrorReport {
    private ErrorReport() {
    }

    static String write(List<ImportError> errors) {
        StringBuilder text = new StringBuilder();
        for (ImportError error : errors) {
            text.append(error.row()).append('\t').append(error.column() == null ? "" : escape(error.column())).append('\t')
                    .append(escape(error.message())).append('\n');
        }
        return text.toString();
    }

    static List<ImportError> read(String text) {
        List<ImportError> errors = new ArrayList<>();
        for (String line : text.split("\n")) {
            String[] parts = line.split("\t", 3);
            if (parts.length == 3) {
                errors.add(new ImportError(Integer.parseInt(parts[0]), parts[1].isEmpty() ? null : unescape(parts[1]), unescape(parts[2])));
            }
        }
        return errors;
    }

    private static String escape(String text) {
        return text.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n").replace("\r", "\\r");
    }

    private static String unescape(String text) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\\' && i + 1 < text.length()) {
                char next = text.charAt(++i);
                out.append(next == 't' ? '\t' : next == 'n' ? '\n' : next == 'r' ? '\r' : next);
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}
