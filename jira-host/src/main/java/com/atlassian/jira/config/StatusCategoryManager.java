package com.atlassian.jira.config;

import com.atlassian.jira.issue.status.category.StatusCategory;

/** Compile-only mirror (see MIRRORS.md). getStatusCategoryByKey returns null for an unknown key. */
public interface StatusCategoryManager {

    StatusCategory getDefaultStatusCategory();

    StatusCategory getStatusCategoryByKey(String key);
}
