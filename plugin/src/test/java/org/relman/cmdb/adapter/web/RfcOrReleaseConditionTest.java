package org.relman.cmdb.adapter.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.relman.platform.domain.IssueRef;

class RfcOrReleaseConditionTest {

    private static boolean shownOn(String issueType) {
        IssueRef issue = issueType == null ? null : new IssueRef(10000, "KEY-1", "KEY", issueType, "summary", "rita", null);
        RfcOrReleaseCondition condition = new RfcOrReleaseCondition(context -> Optional.ofNullable(issue));
        condition.init(Map.of());
        return condition.shouldDisplay(Map.of());
    }

    @Test
    void theAffectedCisPanelShowsOnRfcsAndReleasesWhateverTheCaseOfTheTypeName() {
        assertThat(shownOn("RFC")).isTrue();
        assertThat(shownOn("Release")).isTrue();
        assertThat(shownOn("release")).isTrue();
    }

    @Test
    void otherIssuesAndPagesWithoutAnIssueHaveNoPanel() {
        assertThat(shownOn("Task")).isFalse();
        assertThat(shownOn("Bug")).isFalse();
        assertThat(shownOn(null)).isFalse();
    }
}
