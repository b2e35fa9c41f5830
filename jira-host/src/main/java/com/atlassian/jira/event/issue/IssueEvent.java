package com.atlassian.jira.event.issue;

import com.atlassian.jira.event.AbstractEvent;
import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.user.ApplicationUser;

/**
 * Compile-only mirror (see MIRRORS.md) of the event Jira publishes after an issue is created, edited, transitioned,
 * commented on or deleted. Only the accessors relman calls are mirrored; Jira's constructors are not (relman never
 * creates one), so this mirror's constructor is private.
 */
public final class IssueEvent extends AbstractEvent implements IssueRelatedEvent {

    private IssueEvent() {
    }

    @Override
    public Issue getIssue() {
        throw new UnsupportedOperationException("compile-only mirror");
    }

    public ApplicationUser getUser() {
        throw new UnsupportedOperationException("compile-only mirror");
    }

    public Long getEventTypeId() {
        throw new UnsupportedOperationException("compile-only mirror");
    }
}
