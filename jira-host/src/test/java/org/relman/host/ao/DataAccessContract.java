package org.relman.host.ao;

import net.java.ao.ActiveObjectsException;
import net.java.ao.DBParam;
import net.java.ao.Query;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Schema and data operations repository code written against Jira's ActiveObjects relies on. */
abstract class DataAccessContract extends FacadeFixture {

    @Test
    void namesTablesAndColumnsAsJiraDoes() throws SQLException {
        assertThat(ao.tablePrefix()).isEqualTo("AO_301B80");
        assertThat(ao.tableName(ChangeRequest.class)).isEqualTo(CHANGE_REQUEST_TABLE);
        assertThat(ao.tableName(Vote.class)).isEqualTo(VOTE_TABLE);
        assertThat(columnsOf(CHANGE_REQUEST_TABLE))
                .contains("ID", "TITLE", "STATE", "DESCRIPTION", "PLANNED_DATE", "PRIORITY");
        assertThat(columnsOf(VOTE_TABLE)).contains("ID", "CHANGE_REQUEST_ID", "VOTER", "APPROVED");
    }

    @Test
    void createsFindsCountsAndDeletes() {
        ChangeRequest first = newChangeRequest("Patch Tuesday");
        newChangeRequest("Firewall change");

        assertThat(ao.count(ChangeRequest.class)).isEqualTo(2);
        assertThat(ao.get(ChangeRequest.class, first.getID()).getTitle()).isEqualTo("Patch Tuesday");
        assertThat(ao.find(ChangeRequest.class, "TITLE = ?", "Firewall change")).hasSize(1);
        assertThat(ao.count(ChangeRequest.class, "TITLE LIKE ?", "Patch%")).isEqualTo(1);

        ao.delete(first);

        assertThat(ao.find(ChangeRequest.class)).extracting(ChangeRequest::getTitle).containsExactly("Firewall change");
        assertThat(database.countRows(CHANGE_REQUEST_TABLE)).isEqualTo(1);
    }

    @Test
    void findsWithQueryOrderAndLimit() {
        for (String title : List.of("c", "a", "b")) {
            newChangeRequest(title);
        }
        ChangeRequest[] firstTwo = ao.find(ChangeRequest.class, Query.select().order("TITLE ASC").limit(2));
        assertThat(firstTwo).extracting(ChangeRequest::getTitle).containsExactly("a", "b");
        assertThat(ao.count(ChangeRequest.class, Query.select().where("TITLE <> ?", "a"))).isEqualTo(2);
    }

    @Test
    void savesChangedValuesAndRelations() {
        ChangeRequest request = newChangeRequest("Patch Tuesday");
        request.setState("APPROVED");
        request.setPriority(2);
        request.save();
        Vote vote = ao.create(Vote.class, new DBParam("CHANGE_REQUEST_ID", request.getID()),
                new DBParam("VOTER", "alice"), new DBParam("APPROVED", true));

        ChangeRequest reloaded = ao.get(ChangeRequest.class, request.getID());
        assertThat(reloaded.getState()).isEqualTo("APPROVED");
        assertThat(reloaded.getPriority()).isEqualTo(2);
        Vote reloadedVote = ao.get(Vote.class, vote.getID());
        assertThat(reloadedVote.getChangeRequest().getID()).isEqualTo(request.getID());
        assertThat(reloadedVote.isApproved()).isTrue();
    }

    @Test
    void streamsEveryMatchingRow() {
        for (String title : List.of("a", "b", "c")) {
            newChangeRequest(title);
        }
        List<String> titles = new ArrayList<>();
        ao.stream(ChangeRequest.class, Query.select("ID, TITLE").order("TITLE"), row -> titles.add(row.getTitle()));
        assertThat(titles).containsExactly("a", "b", "c");

        List<Integer> ids = new ArrayList<>();
        ao.stream(ChangeRequest.class, row -> ids.add(row.getID()));
        assertThat(ids).hasSize(3);
    }

    @Test
    void deletesWithSqlAndFindsWithSql() {
        for (String title : List.of("keep", "drop", "drop")) {
            newChangeRequest(title);
        }
        assertThat(ao.deleteWithSQL(ChangeRequest.class, "TITLE = ?", "drop")).isEqualTo(2);
        ChangeRequest[] found = ao.findWithSQL(ChangeRequest.class, "ID",
                "SELECT \"ID\" FROM \"" + CHANGE_REQUEST_TABLE + "\" WHERE \"TITLE\" = ?", "keep");
        assertThat(found).extracting(ChangeRequest::getTitle).containsExactly("keep");
    }

    @Test
    void migrateAddsNewColumnsAndKeepsRows() throws SQLException {
        newChangeRequest("before migration");
        ao.migrate(ChangeRequestWithRisk.class);
        assertThat(columnsOf(CHANGE_REQUEST_TABLE)).contains("RISK");
        ChangeRequestWithRisk[] rows = ao.find(ChangeRequestWithRisk.class);
        assertThat(rows).extracting(ChangeRequestWithRisk::getTitle).containsExactly("before migration");
    }

    @Test
    void migrateDestructivelyDropsOnlyTheNamespacesOwnTables() {
        database.execute("CREATE TABLE \"OTHER_APP_TABLE\" (\"ID\" INTEGER)");
        assertThat(ao.moduleMetaData().isTablePresent(Vote.class)).isTrue();

        ao.migrateDestructively(ChangeRequest.class);

        assertThat(ao.moduleMetaData().isTablePresent(Vote.class)).isFalse();
        assertThat(ao.moduleMetaData().isTablePresent(ChangeRequest.class)).isTrue();
        assertThat(database.countRows("OTHER_APP_TABLE")).isZero();
    }

    @Test
    void moduleMetaDataReportsReadinessDatabaseAndTables() {
        assertThat(ao.moduleMetaData().isInitialized()).isTrue();
        assertThat(ao.moduleMetaData().isDataSourcePresent()).isTrue();
        assertThat(ao.moduleMetaData().getDatabaseType()).isEqualTo(expectedDatabaseType());
        assertThat(ao.moduleMetaData().isTablePresent(ChangeRequest.class)).isTrue();
        assertThat(ao.moduleMetaData().isTablePresent(ChangeRequestWithRisk.class)).isTrue();
    }

    @Test
    void sqlErrorsSurfaceAsActiveObjectsException() {
        assertThatThrownBy(() -> ao.find(ChangeRequest.class, "NO_SUCH_COLUMN = ?", 1))
                .isInstanceOf(ActiveObjectsException.class)
                .hasCauseInstanceOf(SQLException.class);
    }

    @Test
    void closingLeavesTheDataSourceUsableAndTheFacadeRefusesWork() {
        newChangeRequest("survives close");
        ao.close();
        assertThat(database.countRows(CHANGE_REQUEST_TABLE)).isEqualTo(1);
        assertThatThrownBy(() -> ao.count(ChangeRequest.class))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("closed");
    }

    private List<String> columnsOf(String table) throws SQLException {
        List<String> columns = new ArrayList<>();
        try (Connection connection = database.dataSource().getConnection();
             ResultSet rs = connection.getMetaData().getColumns(null, null, table, null)) {
            while (rs.next()) {
                columns.add(rs.getString("COLUMN_NAME").toUpperCase(Locale.ENGLISH));
            }
        }
        return columns;
    }
}
