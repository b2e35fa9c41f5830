package org.relman.cmdb.adapter.ao;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.relman.cmdb.domain.CiDiff;
import org.relman.cmdb.domain.CiEdit;
import org.relman.cmdb.domain.HistoryEntry;
import org.relman.cmdb.domain.NewRelationship;
import org.relman.cmdb.domain.imports.ImportCounts;
import org.relman.cmdb.domain.imports.ItemRow;
import org.relman.cmdb.domain.imports.RelationshipRow;
import org.relman.testkit.db.OnDatabase;

/**
 * The bulk writer's promise: a file is written whole or not at all, whatever stops it, with each new row's id,
 * attributes and history on the right CI, however many chunks the file takes. On both databases.
 */
abstract class BulkWriterContract implements OnDatabase {
    /** More rows than two chunks and part of a third. */
    private static final int MANY = 2 * JdbcItemWriter.CHUNK + 500;

    private CmdbTestDatabase cmdb;
    private JdbcBulkWriter writer;

    @BeforeEach
    void open() {
        cmdb = new CmdbTestDatabase(database());
        writer = new JdbcBulkWriter(cmdb.sql);
    }

    @Test
    void aFailureAfterSeveralChunksLeavesNothingWritten() {
        cmdb.items("SRV-5");
        Iterator<ItemRow> rows = new Iterator<>() {
            private int next;

            @Override
            public boolean hasNext() {
                return true;
            }

            @Override
            public ItemRow next() {
                if (next == MANY) {
                    throw new IllegalStateException("the upload broke off");
                }
                int i = next++;
                return new ItemRow(i + 2, "SRV-" + i, new CiEdit("Server " + i, "server", null, null, null, null,
                        Map.of("rack", "R" + i), false));
            }
        };

        assertThatThrownBy(() -> writer.writeItems(rows, CmdbTestDatabase.CONNIE, null, written -> { }))
                .hasMessage("the upload broke off");

        assertThat(cmdb.ao.count(CmdbItemAO.class)).as("only the item there before").isEqualTo(1);
        assertThat(cmdb.items.findByKey("SRV-5").orElseThrow().name()).isEqualTo("srv-5 item");
        assertThat(cmdb.ao.count(CmdbItemAttrAO.class)).isZero();
        assertThat(cmdb.ao.count(CmdbHistoryAO.class)).isEqualTo(1);
    }

    @Test
    void writesItemsOfSeveralChunksEachWithItsOwnIdAttributesAndHistory() {
        cmdb.items("SRV-5");

        ImportCounts counts = writer.writeItems(servers(MANY).iterator(), CmdbTestDatabase.CONNIE, null, written -> { });

        assertThat(counts).isEqualTo(new ImportCounts(0, MANY, MANY - 1, 1, 0));
        assertThat(cmdb.ao.count(CmdbItemAO.class)).isEqualTo(MANY);
        assertThat(cmdb.items.findByKey("SRV-4321").orElseThrow().attributes()).containsExactly(Map.entry("rack", "R4321"));
        List<String[]> attributes = rows("SELECT i.%s, a.%s FROM %s i JOIN %s a ON a.%s = i.%s",
                "CI_KEY", "ATTR_VALUE", CmdbTables.ITEM, CmdbTables.ITEM_ATTR, "ITEM_ID", "ID");
        assertThat(attributes).hasSize(MANY)
                .allSatisfy(row -> assertThat(row[1]).as("rack of " + row[0]).isEqualTo("R" + row[0].substring("SRV-".length())));
        List<String[]> created = rows("SELECT i.%s, h.%s FROM %s i JOIN %s h ON h.%s = i.%s",
                "CI_KEY", "FIELD_NAME", CmdbTables.ITEM, CmdbTables.HISTORY, "ITEM_ID", "ID");
        assertThat(created).as("each item created once, on its own id").filteredOn(row -> row[1].equals(CiDiff.CREATED)).extracting(row -> row[0]).doesNotHaveDuplicates().hasSize(MANY);
        assertThat(cmdb.items.history("SRV-4321", 10)).singleElement()
                .satisfies(entry -> {
                    assertThat(entry.after()).isEqualTo("Server 4321");
                    assertThat(Duration.between(entry.changedAt(), Instant.now()).abs()).as("written as now, in the JVM's zone")
                            .isLessThan(Duration.ofMinutes(5));
                });
    }

    @Test
    void reimportingSeveralChunksDuplicatesNothing() {
        writer.writeItems(servers(MANY).iterator(), CmdbTestDatabase.CONNIE, null, written -> { });

        ImportCounts again = writer.writeItems(servers(MANY).iterator(), CmdbTestDatabase.CONNIE, null, written -> { });

        assertThat(again).isEqualTo(new ImportCounts(0, MANY, 0, 0, MANY));
        assertThat(cmdb.ao.count(CmdbItemAO.class)).isEqualTo(MANY);
        assertThat(cmdb.ao.count(CmdbItemAttrAO.class)).isEqualTo(MANY);
        assertThat(cmdb.ao.count(CmdbHistoryAO.class)).isEqualTo(MANY);
    }

    @Test
    void writesRelationshipsOfSeveralChunksBetweenTheRightCisWithHistoryOnBoth() {
        cmdb.types.relationshipTypes();
        writer.writeItems(servers(MANY).iterator(), CmdbTestDatabase.CONNIE, null, written -> { });

        ImportCounts counts = writer.writeRelationships(ring(MANY).iterator(), CmdbTestDatabase.CONNIE, null, written -> { });
        ImportCounts again = writer.writeRelationships(ring(MANY).iterator(), CmdbTestDatabase.CONNIE, null, written -> { });

        assertThat(counts).isEqualTo(new ImportCounts(0, MANY, MANY, 0, 0));
        assertThat(again).as("re-import").isEqualTo(new ImportCounts(0, MANY, 0, 0, MANY));
        List<String[]> pairs = rows("SELECT s.%s, t.%s FROM %s r JOIN %s s ON s.%s = r.%s JOIN %s t ON t.%s = r.%s",
                "CI_KEY", "CI_KEY", CmdbTables.RELATION, CmdbTables.ITEM, "ID", "SOURCE_ID", CmdbTables.ITEM, "ID", "TARGET_ID");
        assertThat(pairs).hasSize(MANY).allSatisfy(pair -> assertThat(pair[1]).as("target of " + pair[0])
                .isEqualTo(server((number(pair[0]) + 1) % MANY)));
        assertThat(cmdb.ao.count(CmdbHistoryAO.class)).as("created, and one entry at each end").isEqualTo(3 * MANY);
        assertThat(cmdb.items.history("SRV-4321", 10)).extracting(HistoryEntry::after)
                .anySatisfy(after -> assertThat(after).endsWith("SRV-4322"))
                .anySatisfy(after -> assertThat(after).endsWith("SRV-4320"));
    }

    @Test
    void aRelationshipFailureInALaterChunkLeavesNoRelationshipWritten() {
        cmdb.types.relationshipTypes();
        writer.writeItems(servers(MANY).iterator(), CmdbTestDatabase.CONNIE, null, written -> { });
        Iterator<RelationshipRow> ring = ring(MANY).iterator();
        Iterator<RelationshipRow> rows = new Iterator<>() {
            private int next;

            @Override
            public boolean hasNext() {
                return true;
            }

            @Override
            public RelationshipRow next() {
                if (next++ == MANY - 1 || !ring.hasNext()) {
                    throw new IllegalStateException("the upload broke off");
                }
                return ring.next();
            }
        };

        assertThatThrownBy(() -> writer.writeRelationships(rows, CmdbTestDatabase.CONNIE, null, written -> { }))
                .hasMessage("the upload broke off");

        assertThat(cmdb.ao.count(CmdbRelationAO.class)).isZero();
        assertThat(cmdb.ao.count(CmdbHistoryAO.class)).as("only the items' created entries").isEqualTo(MANY);
    }

    @Test
    void findsTheIdsOfTheKeysThatExist() {
        cmdb.items("APP-1", "APP-2");

        assertThat(writer.itemIds(java.util.List.of("APP-1", "APP-3"))).containsOnlyKeys("APP-1");
    }

    private static List<ItemRow> servers(int count) {
        return IntStream.range(0, count).mapToObj(i -> new ItemRow(i + 2, server(i), new CiEdit("Server " + i, "server", null,
                null, null, null, Map.of("rack", "R" + i), false))).toList();
    }

    /** SRV-i depends on SRV-(i+1), round to the first. */
    private static List<RelationshipRow> ring(int count) {
        return IntStream.range(0, count).mapToObj(i -> new RelationshipRow(i + 2,
                new NewRelationship(server(i), server((i + 1) % count), "depends-on"))).toList();
    }

    private static String server(int i) {
        return "SRV-" + i;
    }

    private static int number(String key) {
        return Integer.parseInt(key.substring("SRV-".length()));
    }

    /** Rows of a query whose {@code %s} are filled, in order, with {@code names}: tables (AO_…) and columns, quoted as this database needs. */
    private List<String[]> rows(String template, String... names) {
        return cmdb.sql.createExecutor(true, false).execute(connection -> {
            try {
                CmdbTables tables = CmdbTables.on(connection);
                Object[] quoted = new Object[names.length];
                for (int i = 0; i < names.length; i++) {
                    quoted[i] = names[i].startsWith(CmdbTables.PREFIX) ? tables.table(names[i]) : tables.q(names[i]);
                }
                List<String[]> found = new ArrayList<>();
                try (Statement statement = connection.createStatement();
                     ResultSet rows = statement.executeQuery(String.format(template, quoted))) {
                    int columns = rows.getMetaData().getColumnCount();
                    while (rows.next()) {
                        String[] row = new String[columns];
                        for (int c = 0; c < columns; c++) {
                            row[c] = rows.getString(c + 1);
                        }
                        found.add(row);
                    }
                }
                return found;
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        });
    }
}
