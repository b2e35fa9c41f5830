package com.atlassian.jira.issue.status.category;

/** Compile-only mirror (see MIRRORS.md): only passed to StatusManager; relman calls none of its methods (kind unconfirmed, see MIRRORS.md). */
public interface StatusCategory {
}
