package org.relman.cmdb.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.relman.platform.domain.FieldError;
import org.relman.platform.domain.InvalidInputException;

class NewConfigurationItemTest {

    private static NewConfigurationItem.Input input(String key, String name, String type) {
        return new NewConfigurationItem.Input(key, name, type, "production", "Ops", null, "1.0", Map.of());
    }

    @Test
    void normalisesKeyTypeAndEnvironmentAndDefaultsStatusToActive() {
        NewConfigurationItem item = NewConfigurationItem.validate(
                new NewConfigurationItem.Input(" app-crm ", " CRM ", "Application", "Production", null, null, null, null));

        assertThat(item.key()).isEqualTo("APP-CRM");
        assertThat(item.name()).isEqualTo("CRM");
        assertThat(item.type()).isEqualTo("application");
        assertThat(item.environment()).isEqualTo("production");
        assertThat(item.status()).isEqualTo(CiStatus.ACTIVE);
        assertThat(item.attributes()).isEmpty();
    }

    @Test
    void rejectsMissingKeyNamingTheField() {
        assertThatThrownBy(() -> NewConfigurationItem.validate(input("  ", "CRM", "application")))
                .isInstanceOf(InvalidInputException.class)
                .extracting(e -> ((InvalidInputException) e).errors())
                .asList().containsExactly(new FieldError("key", "key is required."));
    }

    @Test
    void rejectsOverlongNameWithTheLimitAndTheLength() {
        assertThatThrownBy(() -> NewConfigurationItem.validate(input("APP", "x".repeat(256), "application")))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("name must be at most 255 characters (it has 256)");
    }

    @Test
    void reportsEveryBrokenRuleAtOnce() {
        InvalidInputException e = org.junit.jupiter.api.Assertions.assertThrows(InvalidInputException.class,
                () -> NewConfigurationItem.validate(new NewConfigurationItem.Input(
                        "bad key!", null, "9lives", "prod env", null, "gone", null, null)));

        assertThat(e.errors()).extracting(FieldError::field)
                .containsExactly("key", "name", "type", "environment", "status");
        assertThat(e.errors().get(4).message()).contains("planned, active, maintenance, retired");
    }

    @Test
    void checksAttributeNamesAndValueLengths() {
        Map<String, String> attributes = new HashMap<>();
        attributes.put("os", "RHEL 9");
        attributes.put("bad name", "x");
        attributes.put("notes", "y".repeat(451));

        InvalidInputException e = org.junit.jupiter.api.Assertions.assertThrows(InvalidInputException.class,
                () -> NewConfigurationItem.validate(new NewConfigurationItem.Input(
                        "APP", "App", "application", null, null, null, null, attributes)));

        assertThat(e.errors()).extracting(FieldError::field).containsExactlyInAnyOrder("attributes", "attributes.notes");
    }
}
