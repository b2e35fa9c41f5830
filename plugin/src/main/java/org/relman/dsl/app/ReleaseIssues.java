package org.relman.dsl.app;

import java.util.Locale;
import javax.inject.Inject;
import javax.inject.Named;
import org.relman.platform.app.IssueDirectory;
import org.relman.platform.domain.InvalidInputException;
import org.relman.platform.domain.IssueRef;
import org.relman.platform.domain.NotFoundException;
import org.relman.platform.domain.UserRef;

/**
 * Finds the Release issue a DSL entry or package belongs to, as the acting user may see it. A key the user
 * cannot see is answered like a key that does not exist, so the DSL reveals nothing about hidden issues.
 */
@Named
public class ReleaseIssues {
    static final String RELEASE_TYPE = "Release";

    private final IssueDirectory issues;

    @Inject
    public ReleaseIssues(IssueDirectory issues) {
        this.issues = issues;
    }

    /** For a field of a request: a bad key is a 400 naming {@code field}. */
    public IssueRef requireForField(String key, UserRef viewer, String field) {
        IssueRef issue = issues.find(key, viewer)
                .orElseThrow(() -> new InvalidInputException(field, missing(key)));
        if (!isRelease(issue)) {
            throw new InvalidInputException(field, notARelease(issue));
        }
        return issue;
    }

    /** For a release named in the path: a missing or hidden key is a 404, another issue type a 400. */
    public IssueRef requireForPath(String key, UserRef viewer) {
        String upper = key == null ? "" : key.strip().toUpperCase(Locale.ROOT);
        IssueRef issue = issues.find(upper, viewer).orElseThrow(() -> new NotFoundException(missing(upper)));
        if (!isRelease(issue)) {
            throw new InvalidInputException("releaseKey", notARelease(issue));
        }
        return issue;
    }

    private static boolean isRelease(IssueRef issue) {
        return RELEASE_TYPE.equalsIgnoreCase(issue.issueType());
    }

    private static String missing(String key) {
        return "No Release issue " + key + " exists, or you may not see it.";
    }

    private static String notARelease(IssueRef issue) {
        return issue.key() + " is a " + issue.issueType() + " issue, not a Release: DSL entries belong to releases.";
    }
}
