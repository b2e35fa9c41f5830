package org.relman.dsl.adapter.cmdb;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.relman.cmdb.adapter.ao.CmdbItemAO;
import org.relman.cmdb.adapter.ao.CmdbHistoryAO;
import org.relman.cmdb.adapter.ao.CmdbItemAttrAO;
import org.relman.cmdb.app.ConfigurationItemStore;
import org.relman.cmdb.domain.CiStatus;
import org.relman.cmdb.domain.ConfigurationItem;
import org.relman.cmdb.domain.NewConfigurationItem;
import org.relman.dsl.domain.PackageRecord;
import org.relman.platform.domain.ConflictException;
import org.relman.platform.domain.FieldError;
import org.relman.platform.domain.UserRef;
import org.relman.testkit.db.OnDatabase;

/** How release packages are recorded in the real CMDB store; run on HSQLDB and on PostgreSQL by its subclasses. */
abstract class ReleasePackageRecordsContract implements OnDatabase {
    private static final UserRef LIBBY = new UserRef("libby", "libby", "Libby Librarian");

    private ConfigurationItemStore items;
    private CmdbReleasePackageRecords records;

    @BeforeEach
    void open() {
        items = CmdbRecordsForTests.cmdbStore(database().activeObjects(CmdbItemAO.class, CmdbItemAttrAO.class, CmdbHistoryAO.class));
        records = new CmdbReleasePackageRecords(items);
    }

    @Test
    void marksThePackagePendingAsAReleasePackageItem() {
        PackageRecord record = records.markPending("rel-1", 3, LIBBY);

        assertThat(record).isEqualTo(new PackageRecord("PKG-REL-1", "pending"));
        ConfigurationItem item = items.findByKey("PKG-REL-1").orElseThrow();
        assertThat(item.name()).isEqualTo("Release package REL-1");
        assertThat(item.type()).isEqualTo("release-package");
        assertThat(item.status()).isEqualTo(CiStatus.PLANNED);
        assertThat(item.attributes()).containsExactlyInAnyOrderEntriesOf(Map.of("package-state", "pending", "dsl-entries", "3"));
        assertThat(item.createdBy()).isEqualTo("libby");
        assertThat(records.find("REL-1")).contains(record);
        assertThat(records.packagePending("rel-1")).isTrue();
        assertThat(records.packagePending("REL-2")).isFalse();
    }

    @Test
    void refusesToPlaceAPackageTwice() {
        records.markPending("REL-1", 3, LIBBY);

        assertThatThrownBy(() -> records.markPending("REL-1", 5, LIBBY))
                .isInstanceOfSatisfying(ConflictException.class, e -> assertThat(e.errors()).containsExactly(new FieldError(
                        "releaseKey", "The package of REL-1 was already placed: the CMDB holds PKG-REL-1.")));
        assertThat(items.findByKey("PKG-REL-1").orElseThrow().attributes()).containsEntry("dsl-entries", "3");
    }

    @Test
    void aPackageThatMovedOnIsNoLongerPending() {
        items.create(NewConfigurationItem.validate(new NewConfigurationItem.Input("PKG-REL-7", "Release package REL-7",
                "release-package", null, null, null, null, Map.of("package-state", "accepted"))), LIBBY);

        assertThat(records.find("REL-7")).contains(new PackageRecord("PKG-REL-7", "accepted"));
        assertThat(records.packagePending("REL-7")).isFalse();
    }
}
