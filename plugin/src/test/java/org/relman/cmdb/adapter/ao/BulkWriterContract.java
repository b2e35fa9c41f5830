package org.relman.cmdb.adapter.ao;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Iterator;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.relman.cmdb.domain.CiEdit;
import org.relman.cmdb.domain.imports.ItemRow;
import org.relman.testkit.db.OnDatabase;

/** The bulk writer's promise: a file is written whole or not at all, whatever stops it. On both databases. */
abstract class BulkWriterContract implements OnDatabase {
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
                if (next == 1200) {
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
    void findsTheIdsOfTheKeysThatExist() {
        cmdb.items("APP-1", "APP-2");

        assertThat(writer.itemIds(java.util.List.of("APP-1", "APP-3"))).containsOnlyKeys("APP-1");
    }
}
