package org.relman.platform.adapter.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.atlassian.webresource.api.assembler.PageBuilderService;
import com.atlassian.webresource.api.assembler.RequiredResources;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.relman.platform.domain.AccessDeniedException;
import org.relman.platform.domain.IssueRef;
import org.relman.platform.domain.RelmanRole;

class IssuePanelTest {

    private static final IssueRef RFC = new IssueRef(10001, "CHG-1", "CHG", "RFC", "Upgrade the CRM", "rita", "cole");
    private static final Map<String, Object> JIRA_CONTEXT = Map.of("issue", "Jira's issue object");
    private static final List<String> REQUIRED = new ArrayList<>();
    /** Jira's page builder, recording what the panel requires. */
    private static final PageBuilderService PAGE_BUILDER = () -> () -> new RequiredResources() {
        @Override
        public RequiredResources requireWebResource(String completeKey) {
            REQUIRED.add(completeKey);
            return this;
        }

        @Override
        public RequiredResources requireContext(String context) {
            throw new AssertionError("panels require their own resources, not a context");
        }
    };

    record TallyView(String issueKey, int approvals, List<String> voters) {
    }

    /** A panel as a later feature writes one: the issue in, a view record out. */
    static final class TallyPanel extends IssuePanel {
        private final boolean mayRead;

        TallyPanel(ViewedIssues issues, boolean mayRead) {
            super(issues, PAGE_BUILDER);
            this.mayRead = mayRead;
        }

        @Override
        protected List<String> webResources() {
            return List.of("cab-panel-resources");
        }

        @Override
        protected Record view(IssueRef issue) {
            if (!mayRead) {
                throw AccessDeniedException.missingRole(RelmanRole.CAB_MEMBER, "see the votes");
            }
            return new TallyView(issue.key(), 2, List.of("carl", "cathy"));
        }
    }

    @Test
    void theTemplateGetsTheViewOfTheIssueJiraShows() {
        ViewedIssues issues = context -> context == JIRA_CONTEXT ? Optional.of(RFC) : Optional.empty();

        Map<String, Object> model = new TallyPanel(issues, true).getContextMap(JIRA_CONTEXT);

        assertThat(model).containsOnlyKeys("issueKey", "approvals", "voters")
                .containsEntry("issueKey", "CHG-1").containsEntry("voters", List.of("carl", "cathy"));
        assertThat(REQUIRED).containsSubsequence("org.relman.plugin:relman-web", "org.relman.plugin:cab-panel-resources");
    }

    @Test
    void aRefusalShowsItsReasonInThePanelInsteadOfBreakingThePage() {
        Map<String, Object> model = new TallyPanel(context -> Optional.of(RFC), false).getContextMap(JIRA_CONTEXT);

        assertThat(model).containsExactly(Map.entry(IssuePanel.PROBLEM, "Only a CAB member may see the votes."));
    }

    @Test
    void noIssueInTheContextIsAProblemToo() {
        Map<String, Object> model = new TallyPanel(context -> Optional.empty(), true).getContextMap(Map.of());

        assertThat(model).containsOnlyKeys(IssuePanel.PROBLEM);
    }
}
