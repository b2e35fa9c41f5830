package org.relman.cmdb.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CiEditTest {
    private static final ConfigurationItem DB = new ConfigurationItem("DB-1", "Orders", "database", "production", "DBA team",
            CiStatus.MAINTENANCE, "15", Map.of("engine", "postgres", "tier", "gold"), Instant.EPOCH, "connie", Instant.EPOCH);

    @Test
    void leavesNullFieldsAsTheyAreAndClearsBlankOnes() {
        NewConfigurationItem after = NewConfigurationItem.validate(
                new CiEdit("Orders DB", null, " ", null, null, "16", null, false).over("DB-1", DB));

        assertThat(after.name()).isEqualTo("Orders DB");
        assertThat(after.environment()).isNull();
        assertThat(after.owner()).isEqualTo("DBA team");
        assertThat(after.status()).as("no status keeps the item's").isEqualTo(CiStatus.MAINTENANCE);
        assertThat(after.attributes()).isEqualTo(DB.attributes());
    }

    @Test
    void mergesOrReplacesAttributes() {
        CiEdit merge = new CiEdit(null, null, null, null, null, null, Map.of("tier", "", "ha", "yes"), false);
        CiEdit replace = new CiEdit(null, null, null, null, null, null, Map.of("ha", "yes"), true);

        assertThat(NewConfigurationItem.validate(merge.over("DB-1", DB)).attributes())
                .containsExactlyInAnyOrderEntriesOf(Map.of("engine", "postgres", "ha", "yes"));
        assertThat(NewConfigurationItem.validate(replace.over("DB-1", DB)).attributes()).containsExactlyEntriesOf(Map.of("ha", "yes"));
    }

    @Test
    void aNewItemStartsActive() {
        assertThat(NewConfigurationItem.validate(new CiEdit("New", "server", null, null, "", null, null, false).over("SRV-1", null))
                .status()).isEqualTo(CiStatus.ACTIVE);
    }

    @Test
    void diffsFieldByFieldInTheOrderTheApiListsThem() {
        NewConfigurationItem after = NewConfigurationItem.validate(
                new CiEdit("Orders DB", null, null, null, "active", null, Map.of("tier", "", "ha", "yes"), false).over("DB-1", DB));

        assertThat(CiDiff.between(DB, after)).containsExactly(
                new FieldChange("name", "Orders", "Orders DB"),
                new FieldChange("status", "maintenance", "active"),
                new FieldChange("attributes.ha", null, "yes"),
                new FieldChange("attributes.tier", "gold", null));
    }
}
