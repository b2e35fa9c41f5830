package org.relman.cmdb.domain.imports;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads CSV (RFC 4180: comma-separated, fields optionally in double quotes, a doubled quote inside quotes, line
 * breaks inside quotes) one record at a time from a stream, so memory stays flat whatever the file's size. A record
 * that breaks the format comes back with a {@code problem} instead of an exception, so a whole file's mistakes are
 * reported at once. Fields longer than {@value #MAX_FIELD} characters or records of more than {@value #MAX_FIELDS}
 * fields are cut and reported, never held. The input must be UTF-8 (a byte-order mark is skipped); blank lines are
 * skipped. {@code row} is the line of the file where the record starts (the header is row 1).
 */
public final class CsvReader implements Closeable {
    public static final int MAX_FIELD = 10_000;
    public static final int MAX_FIELDS = 200;

    /** One record; {@code problem} says what is wrong with its format, {@code fatal} that nothing after it can be read. */
    public record Record(int row, List<String> fields, String problem, boolean fatal) {
        public Record {
            fields = List.copyOf(fields);
        }

        public boolean broken() {
            return problem != null;
        }
    }

    private final Reader in;
    private final char[] buffer = new char[16 * 1024];
    private int length;
    private int position;
    private int line = 1;
    private boolean ended;
    private boolean started;

    public CsvReader(InputStream bytes) {
        this.in = new InputStreamReader(bytes, StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT));
    }

    /** The next record, or {@code null} at the end of the input. */
    public Record next() throws IOException {
        while (!ended) {
            try {
                Record record = readRecord();
                if (record != null) {
                    return record;
                }
            } catch (CharacterCodingException e) {
                ended = true;
                return new Record(line, List.of(), "the file is not UTF-8 text (from row " + line + " on); save it as CSV UTF-8.", true);
            }
        }
        return null;
    }

    /** A record, or null for a blank line or the end of the input. */
    private Record readRecord() throws IOException {
        int row = line;
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        String problem = null;
        boolean quoted = false;
        boolean afterQuote = false;
        boolean anything = false;
        while (true) {
            int c = read();
            if (c < 0) {
                ended = true;
                if (quoted) {
                    add(fields, field);
                    return new Record(row, fields, "a quoted field that starts on row " + row
                            + " is never closed: a closing quote (\") is missing.", true);
                }
                if (!anything && fields.isEmpty()) {
                    return null;
                }
                problem = add(fields, field) ? problem : tooMany(problem);
                return new Record(row, fields, problem, false);
            }
            anything = true;
            if (quoted) {
                if (c == '"') {
                    if (peek() == '"') {
                        read();
                        problem = append(field, '"', problem);
                    } else {
                        quoted = false;
                        afterQuote = true;
                    }
                } else {
                    if (c == '\n') {
                        line++;
                    }
                    problem = append(field, (char) c, problem);
                }
                continue;
            }
            if (c == ',') {
                problem = add(fields, field) ? problem : tooMany(problem);
                field.setLength(0);
                afterQuote = false;
            } else if (c == '\r' || c == '\n') {
                if (c == '\r' && peek() == '\n') {
                    read();
                }
                line++;
                if (fields.isEmpty() && field.length() == 0 && !afterQuote) {
                    return null;
                }
                problem = add(fields, field) ? problem : tooMany(problem);
                return new Record(row, fields, problem, false);
            } else if (c == '"' && field.length() == 0 && !afterQuote) {
                quoted = true;
            } else if (afterQuote) {
                problem = problem != null ? problem
                        : "text follows a closing quote in field " + (fields.size() + 1) + "; a quoted field must end at the quote.";
                problem = append(field, (char) c, problem);
            } else if (c == '"') {
                problem = problem != null ? problem : "a quote (\") inside unquoted field " + (fields.size() + 1)
                        + "; put the field in quotes and double the quote (\"\").";
                problem = append(field, (char) c, problem);
            } else {
                problem = append(field, (char) c, problem);
            }
        }
    }

    private static String append(StringBuilder field, char c, String problem) {
        if (field.length() < MAX_FIELD) {
            field.append(c);
            return problem;
        }
        return problem != null ? problem : "a field is longer than " + MAX_FIELD + " characters.";
    }

    private static boolean add(List<String> fields, StringBuilder field) {
        if (fields.size() >= MAX_FIELDS) {
            return false;
        }
        fields.add(field.toString());
        return true;
    }

    private static String tooMany(String problem) {
        return problem != null ? problem : "the record has more than " + MAX_FIELDS + " fields.";
    }

    private int read() throws IOException {
        if (!fill()) {
            return -1;
        }
        char c = buffer[position++];
        if (!started) {
            started = true;
            if (c == '\uFEFF') {
                return read();
            }
        }
        return c;
    }

    private int peek() throws IOException {
        return fill() ? buffer[position] : -1;
    }

    private boolean fill() throws IOException {
        if (position < length) {
            return true;
        }
        length = in.read(buffer, 0, buffer.length);
        position = 0;
        return length > 0;
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
