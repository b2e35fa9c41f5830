package org.relman.cmdb.domain.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class CsvReaderTest {

    private static List<CsvReader.Record> read(String text) throws IOException {
        return read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
    }

    private static List<CsvReader.Record> read(InputStream in) throws IOException {
        List<CsvReader.Record> records = new ArrayList<>();
        try (CsvReader reader = new CsvReader(in)) {
            for (CsvReader.Record r = reader.next(); r != null; r = reader.next()) {
                records.add(r);
            }
        }
        return records;
    }

    @Test
    void readsQuotedFieldsWithCommasDoubledQuotesAndLineBreaksAndNumbersRowsByTheirFirstLine() throws IOException {
        List<CsvReader.Record> records = read("\uFEFFkey,name\r\nAPP-1,\"CRM, \"\"the\"\" app\"\r\n\r\nAPP-2,\"two\nlines\"\nAPP-3,last");

        assertThat(records).extracting(CsvReader.Record::fields).containsExactly(
                List.of("key", "name"), List.of("APP-1", "CRM, \"the\" app"), List.of("APP-2", "two\nlines"), List.of("APP-3", "last"));
        assertThat(records).extracting(CsvReader.Record::row).containsExactly(1, 2, 4, 6);
        assertThat(records).noneMatch(CsvReader.Record::broken);
    }

    @Test
    void keepsEmptyFieldsAndAQuotedEmptyLine() throws IOException {
        assertThat(read("a,,c,\n\"\"\n")).extracting(CsvReader.Record::fields)
                .containsExactly(List.of("a", "", "c", ""), List.of(""));
    }

    @Test
    void saysWhereAQuotedFieldIsNeverClosedAndStopsThere() throws IOException {
        List<CsvReader.Record> records = read("key,name\nAPP-1,\"open\nAPP-2,x\nAPP-3,y\n");

        assertThat(records).hasSize(2);
        assertThat(records.get(1).problem()).isEqualTo("a quoted field that starts on row 2 is never closed: a closing quote (\") is missing.");
        assertThat(records.get(1).fatal()).isTrue();
    }

    @Test
    void reportsAQuoteInsideAnUnquotedFieldAndTextAfterAClosingQuoteButReadsOn() throws IOException {
        List<CsvReader.Record> records = read("a,b\"c\n\"x\"y,z\nok,row\n");

        assertThat(records.get(0).problem()).contains("a quote (\") inside unquoted field 2");
        assertThat(records.get(1).problem()).contains("text follows a closing quote in field 1");
        assertThat(records.get(2).broken()).isFalse();
    }

    @Test
    void cutsAHugeFieldWithoutHoldingIt() throws IOException {
        String huge = "x".repeat(5_000_000);

        List<CsvReader.Record> records = read("key,name\nAPP-1," + huge + "\nAPP-2,fine\n");

        assertThat(records.get(1).problem()).isEqualTo("a field is longer than " + CsvReader.MAX_FIELD + " characters.");
        assertThat(records.get(1).fields().get(1)).hasSize(CsvReader.MAX_FIELD);
        assertThat(records.get(2).fields()).containsExactly("APP-2", "fine");
    }

    @Test
    void refusesARecordOfTooManyFields() throws IOException {
        assertThat(read(",".repeat(CsvReader.MAX_FIELDS + 5) + "\n").get(0).problem())
                .isEqualTo("the record has more than " + CsvReader.MAX_FIELDS + " fields.");
    }

    @Test
    void saysWhenTheFileIsNotUtf8() throws IOException {
        byte[] latin1 = "key,name\nAPP-1,Caf\u00e9\n".getBytes(StandardCharsets.ISO_8859_1);

        List<CsvReader.Record> records = read(new ByteArrayInputStream(latin1));

        assertThat(records.get(records.size() - 1).problem()).contains("not UTF-8");
        assertThat(records.get(records.size() - 1).fatal()).isTrue();
    }

    @Test
    void anEmptyInputHasNoRecords() throws IOException {
        assertThat(read("")).isEmpty();
        assertThat(read("\n\n")).isEmpty();
    }
}
