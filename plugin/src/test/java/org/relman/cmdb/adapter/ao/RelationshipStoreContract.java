package org.relman.cmdb.adapter.ao;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.relman.cmdb.domain.Cause;
import org.relman.cmdb.domain.HistoryEntry;
import org.relman.cmdb.domain.NewRelationship;
import org.relman.cmdb.domain.Relationship;
import org.relman.cmdb.domain.RelationshipOfCi;
import org.relman.platform.domain.ConflictException;
import org.relman.testkit.db.OnDatabase;

/** What every store of relationships must do; run on HSQLDB and on PostgreSQL by its subclasses. */
abstract class RelationshipStoreContract implements OnDatabase {
    private static final Cause RFC = new Cause(10000, "CHG-1", Cause.Kind.RFC);

    private CmdbTestDatabase cmdb;
    private AoRelationshipStore store;

    @BeforeEach
    void openStore() {
        cmdb = new CmdbTestDatabase(database()).items("APP-1", "DB-1", "SRV-1");
        cmdb.types.relationshipTypes();
        store = cmdb.relationships;
    }

    @Test
    void addsARelationshipAndRecordsItInTheHistoryOfBothCis() {
        Relationship added = store.add(new NewRelationship("APP-1", "DB-1", "depends-on"), CmdbTestDatabase.CONNIE, RFC);

        assertThat(added.source()).isEqualTo("APP-1");
        assertThat(added.type().inverseName()).isEqualTo("is depended on by");
        assertThat(latest("APP-1")).extracting(HistoryEntry::field, HistoryEntry::before, HistoryEntry::after, HistoryEntry::cause)
                .containsExactly("relationship", null, "depends on DB-1", RFC);
        assertThat(latest("DB-1")).extracting(HistoryEntry::field, HistoryEntry::after)
                .containsExactly("relationship", "is depended on by APP-1");
    }

    @Test
    void refusesTheSameRelationshipTwiceButAllowsAnotherTypeOrTheOtherWay() {
        store.add(new NewRelationship("APP-1", "DB-1", "depends-on"), CmdbTestDatabase.CONNIE, null);

        assertThatThrownBy(() -> store.add(new NewRelationship("APP-1", "DB-1", "depends-on"), CmdbTestDatabase.CONNIE, null))
                .isInstanceOf(ConflictException.class).hasMessage("type: APP-1 already has a depends-on relationship to DB-1.");
        store.add(new NewRelationship("APP-1", "DB-1", "connected-to"), CmdbTestDatabase.CONNIE, null);
        store.add(new NewRelationship("DB-1", "APP-1", "connected-to"), CmdbTestDatabase.CONNIE, null);
        assertThat(cmdb.ao.count(CmdbRelationAO.class)).isEqualTo(3);
    }

    @Test
    void listsACisRelationshipsBothWaysWithTheWordsThatReadFromIt() {
        store.add(new NewRelationship("APP-1", "DB-1", "depends-on"), CmdbTestDatabase.CONNIE, null);
        store.add(new NewRelationship("APP-1", "SRV-1", "runs-on"), CmdbTestDatabase.CONNIE, null);
        store.add(new NewRelationship("SRV-1", "DB-1", "connected-to"), CmdbTestDatabase.CONNIE, null);

        List<RelationshipOfCi> ofApp = store.of("APP-1", 100);
        List<RelationshipOfCi> ofDb = store.of("DB-1", 100);

        assertThat(ofApp).extracting(RelationshipOfCi::outgoing, RelationshipOfCi::phrase, r -> r.other().key())
                .containsExactly(org.assertj.core.groups.Tuple.tuple(true, "depends on", "DB-1"),
                        org.assertj.core.groups.Tuple.tuple(true, "runs on", "SRV-1"));
        assertThat(ofDb).extracting(RelationshipOfCi::outgoing, RelationshipOfCi::phrase, RelationshipOfCi::source)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(false, "connected to", "SRV-1"),
                        org.assertj.core.groups.Tuple.tuple(false, "is depended on by", "APP-1"));
        assertThat(ofDb.get(1).createdBy()).isEqualTo("connie");
        assertThat(store.of("NOPE", 10)).isEmpty();
    }

    @Test
    void removesARelationshipWithHistoryAndSaysWhenThereWasNone() {
        store.add(new NewRelationship("APP-1", "DB-1", "depends-on"), CmdbTestDatabase.CONNIE, null);

        assertThat(store.remove(new NewRelationship("APP-1", "DB-1", "depends-on"), CmdbTestDatabase.CONNIE, RFC)).isTrue();
        assertThat(store.remove(new NewRelationship("APP-1", "DB-1", "depends-on"), CmdbTestDatabase.CONNIE, RFC)).isFalse();

        assertThat(store.of("APP-1", 10)).isEmpty();
        assertThat(latest("DB-1")).extracting(HistoryEntry::before, HistoryEntry::after)
                .containsExactly("is depended on by APP-1", null);
    }

    private HistoryEntry latest(String key) {
        return cmdb.items.history(key, 1).get(0);
    }
}
