package org.relman.cmdb.adapter.ao;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.relman.cmdb.domain.CiType;
import org.relman.cmdb.domain.RelationshipType;
import org.relman.platform.domain.ConflictException;
import org.relman.testkit.db.OnDatabase;
import org.relman.testkit.db.TestDatabaseKind;

/** What every store of CMDB types must do; run on HSQLDB and on PostgreSQL by its subclasses. */
abstract class CmdbTypeStoreContract implements OnDatabase {
    private CmdbTestDatabase cmdb;
    private AoCmdbTypeStore store;

    @BeforeEach
    void openStore() {
        cmdb = new CmdbTestDatabase(database());
        store = cmdb.types;
    }

    @Test
    void startsWithTheDefaultTypesAndCreatesThemOnlyOnce() {
        List<CiType> first = store.ciTypes();
        List<CiType> second = store.ciTypes();

        assertThat(first).extracting(CiType::code).containsExactly("application", "database", "middleware", "network",
                "release-package", "server", "service", "storage");
        assertThat(second).isEqualTo(first);
        assertThat(cmdb.ao.count(CmdbCiTypeAO.class)).isEqualTo(8);
        assertThat(store.relationshipTypes()).containsExactly(
                new RelationshipType("connected-to", "connected to", "connected to", false),
                new RelationshipType("depends-on", "depends on", "is depended on by", false),
                new RelationshipType("part-of", "is part of", "contains", false),
                new RelationshipType("runs-on", "runs on", "hosts", false));
    }

    @Test
    void nodesReadingForTheFirstTimeAtOnceCreateEachDefaultOnce() throws Exception {
        int nodes = database().kind() == TestDatabaseKind.POSTGRESQL ? 4 : 1;
        ExecutorService pool = Executors.newFixedThreadPool(nodes);
        try {
            List<Callable<Integer>> reads = new ArrayList<>();
            for (int i = 0; i < nodes; i++) {
                reads.add(() -> store.relationshipTypes().size() + store.ciTypes().size());
            }
            for (Future<Integer> read : pool.invokeAll(reads)) {
                assertThat(read.get()).isEqualTo(12);
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(cmdb.ao.count(CmdbRelTypeAO.class)).isEqualTo(4);
        assertThat(cmdb.ao.count(CmdbCiTypeAO.class)).isEqualTo(8);
    }

    @Test
    void createsRenamesRetiresAndReinstatesATypeButNeverReusesACode() {
        store.ciTypes();
        store.createCiType(new CiType("load-balancer", "Load balancer", false));

        assertThatThrownBy(() -> store.createCiType(new CiType("load-balancer", "Another", false)))
                .isInstanceOf(ConflictException.class).hasMessageContaining("code load-balancer is already used");
        assertThatThrownBy(() -> store.createCiType(new CiType("server", "Server again", false)))
                .isInstanceOf(ConflictException.class);
        assertThat(store.changeCiType("load-balancer", "Load balancer (F5)", true))
                .contains(new CiType("load-balancer", "Load balancer (F5)", true));
        assertThat(store.changeCiType("load-balancer", null, null)).contains(new CiType("load-balancer", "Load balancer (F5)", true));
        assertThat(store.changeCiType("load-balancer", null, false)).contains(new CiType("load-balancer", "Load balancer (F5)", false));
        assertThat(store.changeCiType("toaster", "x", true)).isEmpty();
    }

    @Test
    void relationshipTypesHaveANameEachWay() {
        store.relationshipTypes();
        store.createRelationshipType(new RelationshipType("backs-up", "backs up", "is backed up by", false));

        assertThat(store.changeRelationshipType("backs-up", null, "is protected by", true))
                .contains(new RelationshipType("backs-up", "backs up", "is protected by", true));
        assertThat(store.changeRelationshipType("depends-on", "needs", null, null))
                .contains(new RelationshipType("depends-on", "needs", "is depended on by", false));
        assertThatThrownBy(() -> store.createRelationshipType(new RelationshipType("runs-on", "a", "b", false)))
                .isInstanceOf(ConflictException.class);
    }
}
