package org.relman.platform.adapter.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.relman.platform.domain.UserRef;

class ViewContextTest {

    record BrowserView(String restBase, List<String> types, Map<String, Integer> counts, boolean canEdit) {
    }

    record LeakyView(String title, UserRef owner) {
    }

    @Test
    void eachComponentOfTheViewRecordBecomesAReference() {
        Map<String, Object> context = ViewContext.of(new BrowserView("/jira/rest/relman/1.0", List.of("service"),
                Map.of("service", 2), true));

        assertThat(context).containsOnlyKeys("restBase", "types", "counts", "canEdit")
                .containsEntry("restBase", "/jira/rest/relman/1.0")
                .containsEntry("types", List.of("service"))
                .containsEntry("canEdit", true);
    }

    @Test
    void aViewHoldingARelmanObjectIsRefusedNamingTheComponent() {
        assertThatThrownBy(() -> ViewContext.of(new LeakyView("t", new UserRef("rita", "rita", "Rita"))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("LeakyView.owner")
                .hasMessageContaining("strings, numbers, booleans");
    }
}
