package org.relman.cmdb.domain.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;
import org.relman.cmdb.domain.CiType;
import org.relman.cmdb.domain.DefaultCmdbTypes;

class ItemCsvLayoutTest {
    private static final List<CiType> TYPES = DefaultCmdbTypes.CI_TYPES;

    private static CsvReader.Record record(int row, String... fields) {
        return new CsvReader.Record(row, List.of(fields), null, false);
    }

    @Test
    void namesEveryFaultOfTheHeaderWithItsColumn() {
        ImportErrors errors = new ImportErrors();

        Optional<ItemCsvLayout> layout = ItemCsvLayout.read(record(1, "Key", "colour", "name", "NAME", "attr.bad name"), errors);

        assertThat(layout).isEmpty();
        assertThat(errors.reported()).extracting(ImportError::column, ImportError::message).containsExactly(
                Tuple.tuple("colour", "unknown column 'colour'; the columns are key, name, type, environment, owner, status, version and attr.<name>."),
                Tuple.tuple("NAME", "the column name appears twice."),
                Tuple.tuple("attr.bad name", "an attribute column is attr.<name>, the name 1-64 letters, digits, '.', '_' or '-', starting with a letter."),
                Tuple.tuple("type", "the header has no type column; [key, name, type] are required."));
    }

    @Test
    void anEmptyFileSaysWhatTheFirstRowMustBe() {
        ImportErrors errors = new ImportErrors();

        assertThat(ItemCsvLayout.read(null, errors)).isEmpty();
        assertThat(errors.reported().get(0).message()).startsWith("the file is empty");
    }

    @Test
    void readsARowAsAnEditThatLeavesMissingColumnsAloneAndClearsEmptyCells() {
        ImportErrors errors = new ImportErrors();
        ItemCsvLayout layout = ItemCsvLayout.read(record(1, "key", "name", "type", "owner", "attr.os", "attr.tier"), errors).orElseThrow();

        ItemRow row = layout.row(record(2, "app-1", "CRM", "Application", "", "RHEL 9", ""), TYPES, errors).orElseThrow();

        assertThat(errors.any()).isFalse();
        assertThat(row.key()).isEqualTo("APP-1");
        assertThat(row.edit().owner()).as("an empty cell clears").isEmpty();
        assertThat(row.edit().environment()).as("a missing column stays").isNull();
        assertThat(row.edit().status()).isNull();
        assertThat(row.edit().attributes()).containsExactlyInAnyOrderEntriesOf(Map.of("os", "RHEL 9", "tier", ""));
        assertThat(row.edit().replaceAttributes()).isFalse();
    }

    @Test
    void reportsEachBrokenRuleOfARowUnderItsColumn() {
        ImportErrors errors = new ImportErrors();
        ItemCsvLayout layout = ItemCsvLayout.read(record(1, "key", "name", "type", "status", "attr.notes"), errors).orElseThrow();

        layout.row(record(7, "bad key!", "", "toaster", "gone", "n".repeat(451)), TYPES, errors);
        layout.row(record(8, "APP-2", "two"), TYPES, errors);
        layout.row(record(9, "APP-3", "three", "application", "active", "x"), TYPES, errors);

        assertThat(errors.reported()).extracting(ImportError::row, ImportError::column).containsExactly(
                Tuple.tuple(7, "key"), Tuple.tuple(7, "name"),
                Tuple.tuple(7, "status"), Tuple.tuple(7, "attr.notes"),
                Tuple.tuple(7, "type"), Tuple.tuple(8, null));
        assertThat(errors.reported().get(5).message()).isEqualTo("the row has 2 fields but the header names 5 columns.");
    }

    @Test
    void refusesAnUnknownTypeListingTheTypes() {
        ImportErrors errors = new ImportErrors();
        ItemCsvLayout layout = ItemCsvLayout.read(record(1, "key", "name", "type"), errors).orElseThrow();

        layout.row(record(2, "APP-1", "one", "toaster"), TYPES, errors);

        assertThat(errors.reported()).singleElement().satisfies(e -> {
            assertThat(e.column()).isEqualTo("type");
            assertThat(e.message()).startsWith("type 'toaster' is not a CI type; the CI types are: application, database,")
                    .contains("release-package");
        });
    }

    @Test
    void countsEveryErrorButKeepsTheFirstThousand() {
        ImportErrors errors = new ImportErrors();
        for (int i = 0; i < 1500; i++) {
            errors.add(i + 2, "key", "bad");
        }

        assertThat(errors.count()).isEqualTo(1500);
        assertThat(errors.reported()).hasSize(ImportErrors.REPORTED);
    }
}
