package org.relman.cmdb.adapter.ao;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.relman.cmdb.domain.CiEdit;
import org.relman.cmdb.domain.CiSummary;
import org.relman.cmdb.domain.ImpactQuery;
import org.relman.cmdb.domain.ImpactReport;
import org.relman.cmdb.domain.NewRelationship;
import org.relman.cmdb.domain.imports.ItemRow;
import org.relman.cmdb.domain.imports.RelationshipRow;
import org.relman.platform.domain.InvalidInputException;
import org.relman.testkit.db.OnDatabase;

/**
 * Impact analysis on a small CMDB, on both databases: a service that depends on an application that depends on a
 * database and runs on a server, a second application on the same database.
 */
abstract class CmdbGraphContract implements OnDatabase {
    private CmdbTestDatabase cmdb;
    private JdbcCmdbGraph graph;

    @BeforeEach
    void buildCmdb() {
        cmdb = new CmdbTestDatabase(database()).items("SVC-1", "APP-1", "APP-2", "DB-1", "SRV-1")
                .relate("SVC-1", "depends-on", "APP-1")
                .relate("APP-1", "depends-on", "DB-1")
                .relate("APP-1", "runs-on", "SRV-1")
                .relate("APP-2", "depends-on", "DB-1");
        graph = new JdbcCmdbGraph(cmdb.sql);
    }

    private ImpactReport walk(String direction, int depth, int limit, String... keys) {
        return graph.walk(ImpactQuery.validate(List.of(keys), direction, depth, limit));
    }

    @Test
    void downstreamOfADatabaseIsWhatReliesOnItWithThePathThatMakesItImpacted() {
        ImpactReport report = walk("downstream", 3, 100, "DB-1");

        assertThat(report.changed()).extracting(CiSummary::key).containsExactly("DB-1");
        assertThat(report.impacted()).extracting(i -> i.ci().key(), ImpactReport.ImpactedCi::depth, ImpactReport.ImpactedCi::path,
                ImpactReport.ImpactedCi::via).containsExactly(
                Tuple.tuple("APP-1", 1, List.of("DB-1", "APP-1"), List.of("depends-on")),
                Tuple.tuple("APP-2", 1, List.of("DB-1", "APP-2"), List.of("depends-on")),
                Tuple.tuple("SVC-1", 2, List.of("DB-1", "APP-1", "SVC-1"), List.of("depends-on", "depends-on")));
        assertThat(report.truncated()).isFalse();
        assertThat(report.relationships()).containsExactlyInAnyOrder(
                new ImpactReport.Link("APP-1", "DB-1", "depends-on"),
                new ImpactReport.Link("APP-2", "DB-1", "depends-on"),
                new ImpactReport.Link("SVC-1", "APP-1", "depends-on"));
    }

    @Test
    void upstreamOfAServiceIsWhatItReliesOn() {
        ImpactReport report = walk("upstream", 10, 100, "SVC-1");

        assertThat(report.impacted()).extracting(i -> i.ci().key() + "@" + i.depth()).containsExactly("APP-1@1", "DB-1@2", "SRV-1@2");
        assertThat(report.impacted().get(2).via()).containsExactly("depends-on", "runs-on");
    }

    @Test
    void staysSafeInACycleAndHonoursDepthAndLimit() {
        cmdb.relate("DB-1", "connected-to", "SVC-1");

        assertThat(walk("downstream", 10, 100, "DB-1").impacted()).extracting(i -> i.ci().key())
                .containsExactly("APP-1", "APP-2", "SVC-1");
        assertThat(walk("downstream", 1, 100, "DB-1").impacted()).hasSize(2);
        ImpactReport cut = walk("downstream", 10, 1, "DB-1");
        assertThat(cut.impacted()).hasSize(1);
        assertThat(cut.truncated()).isTrue();
    }

    @Test
    void walksFromSeveralCisAtOnce() {
        assertThat(walk("downstream", 3, 100, "SRV-1", "APP-1").impacted()).extracting(i -> i.ci().key()).containsExactly("SVC-1");
    }

    @Test
    void relationshipsCarryCoveringIndexesForBothDirectionsOfTheWalk() throws Exception {
        // AO names an index by a hash of its declared name, so the index is recognised by its columns
        assertThat(RelationIndexes.of(database().dataSource()).values()).as("columns of the indexes on " + CmdbTables.RELATION)
                .contains(RelationIndexes.WALK_DOWN, RelationIndexes.WALK_UP);
    }

    @Test
    void answersTheSameWhenEveryStatementIsPlannedForItsValues() {
        ImpactQuery query = ImpactQuery.validate(List.of("DB-1"), "downstream", 3, 100);

        assertThat(new JdbcCmdbGraph(cmdb.sql, true).walk(query)).isEqualTo(graph.walk(query));
    }

    @Test
    void namesTheKeysThatAreNoCi() {
        assertThatThrownBy(() -> walk("downstream", 3, 100, "DB-1", "DB-9", "X-1"))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.errors().get(0).field()).isEqualTo("keys"))
                .hasMessageContaining("keys names no configuration item: DB-9, X-1.");
    }

    @Test
    void readsAWideFrontierInOneGo() {
        List<ItemRow> webServers = new ArrayList<>();
        List<RelationshipRow> runsOn = new ArrayList<>();
        for (int i = 0; i < 700; i++) {
            webServers.add(new ItemRow(i + 2, "WEB-" + i, new CiEdit("Web " + i, "application", null, null, null, null, null, false)));
            runsOn.add(new RelationshipRow(i + 2, new NewRelationship("WEB-" + i, "SRV-1", "runs-on")));
        }
        JdbcBulkWriter writer = new JdbcBulkWriter(cmdb.sql);
        writer.writeItems(webServers.iterator(), CmdbTestDatabase.CONNIE, null, written -> { });
        writer.writeRelationships(runsOn.iterator(), CmdbTestDatabase.CONNIE, null, written -> { });

        ImpactReport report = walk("downstream", 2, 5000, "SRV-1");

        assertThat(report.impacted()).as("APP-1 and 700 web servers, then SVC-1").hasSize(702);
        assertThat(report.impacted()).filteredOn(i -> i.depth() == 2).extracting(i -> i.ci().key()).containsExactly("SVC-1");
    }
}
