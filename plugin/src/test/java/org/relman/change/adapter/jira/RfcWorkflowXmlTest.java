package org.relman.change.adapter.jira;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.atlassian.jira.config.StatusCategoryManager;
import com.atlassian.jira.config.StatusManager;
import com.atlassian.jira.issue.status.Status;
import com.atlassian.jira.issue.status.category.StatusCategory;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.relman.platform.app.AccessGuard;
import org.relman.platform.domain.AccessDeniedException;
import org.relman.platform.domain.ConflictException;
import org.relman.platform.domain.RelmanRole;
import org.relman.platform.domain.UserRef;

class RfcWorkflowXmlTest {
    private static final UserRef ADMIN = new UserRef("JIRAUSER10000", "admin", "Ada Admin");
    private static final UserRef RITA = new UserRef("JIRAUSER10001", "rita", "Rita Requester");

    private final List<Status> statuses = new ArrayList<>();

    private RfcWorkflowXml workflowFor(UserRef user) {
        AccessGuard guard = new AccessGuard(() -> Optional.of(user),
                (who, role) -> who.equals(ADMIN) && role == RelmanRole.ADMINISTRATOR);
        StatusManager statusManager = new StatusManager() {
            @Override
            public Status createStatus(String name, String description, String iconUrl, StatusCategory category) {
                throw new AssertionError("downloading the workflow creates nothing");
            }

            @Override
            public Collection<Status> getStatuses() {
                return statuses;
            }
        };
        StatusCategoryManager categories = new StatusCategoryManager() {
            @Override
            public StatusCategory getDefaultStatusCategory() {
                return null;
            }

            @Override
            public StatusCategory getStatusCategoryByKey(String key) {
                return null;
            }
        };
        return new RfcWorkflowXml(guard, new JiraStatusSetup(statusManager, categories));
    }

    private void jiraHasAllRfcStatuses() {
        int id = 10100;
        for (RfcStatus status : RfcStatus.values()) {
            String statusId = status == RfcStatus.CLOSED ? "6" : String.valueOf(id++);
            statuses.add(new FakeJira.JiraStatus(statusId, status.statusName().toUpperCase(), "", "new"));
        }
    }

    @Test
    void fillsInThisJirasStatusIdsForEveryStep() throws Exception {
        jiraHasAllRfcStatuses();

        String xml = workflowFor(ADMIN).forThisJira();

        assertThat(xml).doesNotContain("@status:")
                .contains("<step id=\"1\" name=\"Draft\">\n      <meta name=\"jira.status.id\">10100</meta>")
                .contains("<step id=\"10\" name=\"Closed\">\n      <meta name=\"jira.status.id\">6</meta>");
        assertThat(RfcWorkflowDefinitionTest.statusIdsOf(xml)).hasSize(RfcStatus.values().length)
                .allSatisfy(id -> assertThat(id).matches("\\d+"));
        assertThat(Set.copyOf(RfcWorkflowDefinitionTest.statusIdsOf(xml))).hasSize(RfcStatus.values().length);
    }

    @Test
    void aMissingStatusIsRefusedWithTheWayToCreateIt() {
        jiraHasAllRfcStatuses();
        statuses.removeIf(status -> status.getName().equalsIgnoreCase("Change Review"));

        assertThatThrownBy(() -> workflowFor(ADMIN).forThisJira())
                .isInstanceOf(ConflictException.class)
                .hasMessageContaining("no status named 'Change Review'")
                .hasMessageContaining("disable and enable relman");
    }

    @Test
    void onlyAJiraAdministratorMayDownloadIt() {
        jiraHasAllRfcStatuses();

        assertThatThrownBy(() -> workflowFor(RITA).forThisJira())
                .isInstanceOf(AccessDeniedException.class)
                .hasMessage("Only a relman administrator may download the RFC workflow.");
    }
}
