package org.relman.cmdb.adapter.ao;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.relman.cmdb.app.AffectedCiQueries;
import org.relman.cmdb.domain.AffectedCi;
import org.relman.platform.domain.UserRef;
import org.relman.testkit.db.OnDatabase;

/** The CIs issues affect, and the JQL questions over them, on both databases. */
abstract class AffectedCiStoreContract implements OnDatabase {
    private static final long RFC = 10000;
    private static final long RELEASE = 10003;
    private static final UserRef RITA = new UserRef("rita", "rita", "Rita Requester");

    private CmdbTestDatabase cmdb;
    private AoAffectedCiStore store;

    @BeforeEach
    void buildCmdb() {
        cmdb = new CmdbTestDatabase(database()).items("SVC-1", "APP-1", "DB-1", "SRV-1")
                .relate("SVC-1", "depends-on", "APP-1")
                .relate("APP-1", "depends-on", "DB-1")
                .relate("APP-1", "runs-on", "SRV-1");
        store = new AoAffectedCiStore(cmdb.ao);
    }

    @Test
    void replacesTheListKeepingWhenTheCisAlreadyThereWereAdded() {
        List<AffectedCi> first = store.replace(RFC, List.of("DB-1", "APP-1"), RITA);
        List<AffectedCi> second = store.replace(RFC, List.of("APP-1", "SRV-1"), CmdbTestDatabase.CONNIE);

        assertThat(first).extracting(a -> a.ci().key()).containsExactly("APP-1", "DB-1");
        assertThat(second).extracting(a -> a.ci().key(), AffectedCi::addedBy)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("APP-1", "rita"), org.assertj.core.groups.Tuple.tuple("SRV-1", "connie"));
        assertThat(second.get(0).addedAt()).isEqualTo(first.get(0).addedAt());
        assertThat(store.of(RFC)).isEqualTo(second);
        assertThat(store.replace(RFC, List.of(), RITA)).isEmpty();
        assertThat(cmdb.ao.count(CmdbAffectedCiAO.class)).isZero();
    }

    @Test
    void answersWhichIssuesAffectOrImpactACi() {
        store.replace(RFC, List.of("DB-1"), RITA);
        store.replace(RELEASE, List.of("SVC-1"), RITA);
        AffectedCiQueries queries = new AffectedCiQueries(store, new JdbcCmdbGraph(cmdb.sql));

        assertThat(queries.issuesAffecting("db-1")).containsExactly(RFC);
        assertThat(queries.issuesAffecting("SRV-1")).isEmpty();
        assertThat(queries.issuesImpacting("SVC-1", 1)).as("SVC-1 itself only").containsExactly(RELEASE);
        assertThat(queries.issuesImpacting("SVC-1", 2)).as("DB-1 is two levels upstream").containsExactly(RFC, RELEASE);
        assertThat(queries.issuesImpacting("SRV-1", 10)).isEmpty();
        assertThat(queries.issuesImpacting("NOPE-1", 3)).isEmpty();
    }
}
