package org.relman.testkit.db;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;

import net.java.ao.DBParam;
import net.java.ao.Query;

import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;
import org.relman.host.ao.EntityManagerActiveObjects;

/** The Jira Active Objects facade that {@link TestDatabase#activeObjects} hands out, on every database. */
abstract class ActiveObjectsContract implements OnDatabase {

    @RepeatedTest(2)
    void migratesCreatesAndFinds() {
        EntityManagerActiveObjects ao = database().activeObjects(SampleItemEntity.class);

        ao.create(SampleItemEntity.class, new DBParam("NAME", "CAB approval"), new DBParam("PRIORITY", 2));
        ao.create(SampleItemEntity.class, new DBParam("NAME", "Release 1.0"), new DBParam("PRIORITY", 1));

        SampleItemEntity[] found = ao.find(SampleItemEntity.class, Query.select().where("PRIORITY = ?", 1));
        assertThat(found).extracting(SampleItemEntity::getName).containsExactly("Release 1.0");
        assertThat(ao.count(SampleItemEntity.class)).as("rows of earlier tests are gone").isEqualTo(2);
    }

    @Test
    void namesTablesForTheRelmanNamespace() throws SQLException {
        EntityManagerActiveObjects ao = database().activeObjects(SampleItemEntity.class);

        assertThat(ao.tableName(SampleItemEntity.class)).isEqualTo(ao.tablePrefix() + "_SAMPLE_ITEM").startsWith("AO_");
        assertThat(tableExists(ao.tableName(SampleItemEntity.class))).isTrue();
    }

    @Test
    void keepsOneFacadeAndAddsEntitiesMigratedLater() {
        EntityManagerActiveObjects first = database().activeObjects(SampleItemEntity.class);
        first.create(SampleItemEntity.class, new DBParam("NAME", "kept"), new DBParam("PRIORITY", 3));

        EntityManagerActiveObjects second = database().activeObjects(SampleNoteEntity.class);
        second.create(SampleNoteEntity.class, new DBParam("TEXT", "note"));

        assertThat(second).isSameAs(first);
        assertThat(second.count(SampleItemEntity.class)).isEqualTo(1);
        assertThat(second.count(SampleNoteEntity.class)).isEqualTo(1);
    }

    private boolean tableExists(String table) throws SQLException {
        try (Connection connection = database().dataSource().getConnection();
             ResultSet tables = connection.getMetaData().getTables(null, null, table, new String[] {"TABLE"})) {
            return tables.next();
        }
    }
}
