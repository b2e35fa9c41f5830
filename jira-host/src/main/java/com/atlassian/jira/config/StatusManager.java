package com.atlassian.jira.config;

import com.atlassian.jira.issue.status.Status;
import com.atlassian.jira.issue.status.category.StatusCategory;
import java.util.Collection;

/** Compile-only mirror (see MIRRORS.md). Status names are unique in Jira; the icon URL may not be blank. */
public interface StatusManager {

    Status createStatus(String name, String description, String iconUrl, StatusCategory statusCategory);

    Collection<Status> getStatuses();
}
