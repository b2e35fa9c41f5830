package org.relman.platform.adapter.jira;

import static org.assertj.core.api.Assertions.assertThat;

import com.atlassian.jira.issue.MutableIssue;
import com.atlassian.jira.user.util.UserManager;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mockito.Mock;
import org.mockito.junit.jupiter.MockitoExtension;

@ExtendWith(MockitoExtension.class)
class JiraViewedIssuesTest {
    @Mock
    UserManager userManager;

    @Test
    void thePanelIsAboutTheIssueJiraPutInItsContext() {
        MutableIssue issue = JiraFixtures.issue(10500L, "CHG-7", "RFC");
        Map<String, Object> context = new HashMap<>();
        context.put("issue", issue);

        assertThat(new JiraViewedIssues(new JiraRefs(userManager)).issueIn(context)).hasValueSatisfying(ref -> {
            assertThat(ref.key()).isEqualTo("CHG-7");
            assertThat(ref.issueType()).isEqualTo("RFC");
            assertThat(ref.id()).isEqualTo(10500L);
        });
    }

    @Test
    void aContextWithoutAnIssueShowsNoIssue() {
        JiraViewedIssues viewed = new JiraViewedIssues(new JiraRefs(userManager));

        assertThat(viewed.issueIn(Map.of())).isEmpty();
        assertThat(viewed.issueIn(Map.of("issue", "CHG-7"))).isEmpty();
        assertThat(viewed.issueIn(null)).isEmpty();
    }
}
