package org.relman.platform.app;

import java.util.Optional;
import org.relman.platform.domain.IssueRef;
import org.relman.platform.domain.UserRef;

/** Jira's issues, read as the given user may see them. Provided by Jira, or by the sandbox's small issue store. */
public interface IssueDirectory {
    /** The issue with this key if it exists and {@code viewer} may browse it. */
    Optional<IssueRef> find(String issueKey, UserRef viewer);
}
