package org.relman.platform.adapter.jira;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.when;

import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.user.util.UserManager;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mockito.Mock;
import org.mockito.junit.jupiter.MockitoExtension;
import org.relman.platform.domain.IssueRef;
import org.relman.platform.domain.UserRef;

@ExtendWith(MockitoExtension.class)
class JiraRefsTest {
    @Mock
    UserManager userManager;

    @Test
    void issueCarriesWhatSegregationOfDutiesNeedsByUserKey() {
        IssueRef ref = new JiraRefs(userManager).issue(JiraFixtures.issue(10500L, "CHG-7", "RFC"));

        assertThat(ref).isEqualTo(new IssueRef(10500L, "CHG-7", "CHG", "RFC", "Patch the CRM database",
                "JIRAUSER10001", "JIRAUSER10002"));
    }

    @Test
    void userIsIdentifiedByJirasKeyNotTheLoginName() {
        ApplicationUser carl = JiraFixtures.user("JIRAUSER10100", "carl", "Carl CAB");

        assertThat(new JiraRefs(userManager).user(carl)).contains(new UserRef("JIRAUSER10100", "carl", "Carl CAB"));
        assertThat(new JiraRefs(userManager).user(null)).isEmpty();
    }

    @Test
    void findsJirasUserBehindARelmanUserByKey() {
        ApplicationUser carl = JiraFixtures.user("JIRAUSER10100", "carl", "Carl CAB");
        when(userManager.getUserByKey("JIRAUSER10100")).thenReturn(carl);

        assertThat(new JiraRefs(userManager).applicationUser(new UserRef("JIRAUSER10100", "carl", null))).contains(carl);
    }
}
