package org.relman.change.adapter.jira;

import com.atlassian.event.api.EventListener;
import com.atlassian.event.api.EventPublisher;
import com.atlassian.jira.event.issue.IssueEvent;
import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.plugin.spring.scanner.annotation.export.ExportAsService;
import com.atlassian.sal.api.lifecycle.LifecycleAware;
import javax.inject.Inject;
import javax.inject.Named;
import org.relman.change.app.Rounds;
import org.relman.platform.adapter.jira.JiraRefs;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sees every edit of an RFC made in Jira — the edit screen, inline edits, REST, bulk edit, a transition screen —
 * through Jira's issue events, and hands it to {@link Rounds}, which opens a new voting round when the material
 * fields changed (requirements §1.4). Events for other issue types stop at the type check.
 *
 * <p>A failure here is logged and swallowed: the user's edit is already saved, and Jira must not show them an error
 * for it; the RFC's panel offers "check for material edits" (REST {@code POST /change/rfcs/{key}/edits}) to retry.
 * Cluster: Jira publishes an issue event on the node where the edit happened, so each edit is handled once.
 */
@Named
@ExportAsService(LifecycleAware.class)
public class RfcEditListener implements LifecycleAware {
    private static final Logger LOG = LoggerFactory.getLogger(RfcEditListener.class);

    private final EventPublisher events;
    private final JiraRefs refs;
    private final Rounds rounds;

    @Inject
    public RfcEditListener(EventPublisher events, JiraRefs refs, Rounds rounds) {
        this.events = events;
        this.refs = refs;
        this.rounds = rounds;
    }

    @Override
    public void onStart() {
        events.register(this);
    }

    @Override
    public void onStop() {
        events.unregister(this);
    }

    @EventListener
    public void onIssueEvent(IssueEvent event) {
        Issue issue = event.getIssue();
        if (issue == null || issue.getIssueType() == null || !RfcIssueTypes.RFC.equals(issue.getIssueType().getName())) {
            return;
        }
        try {
            ApplicationUser user = event.getUser();
            rounds.afterIssueChanged(refs.issue(issue), user == null ? null : user.getKey());
        } catch (RuntimeException e) {
            LOG.warn("relman could not check {} for a material edit; its CAB panel can check again: {}", issue.getKey(), e.toString());
        }
    }
}
