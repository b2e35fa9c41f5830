package org.relman.cmdb.app;

import java.util.Locale;
import javax.inject.Inject;
import javax.inject.Named;
import org.relman.cmdb.domain.Cause;
import org.relman.platform.app.IssueDirectory;
import org.relman.platform.domain.InvalidInputException;
import org.relman.platform.domain.IssueRef;
import org.relman.platform.domain.NotFoundException;
import org.relman.platform.domain.UserRef;

/** Turns the issue keys callers send (the cause of a change, the issue whose CIs they edit) into issues they may see. */
@Named
public class Causes {
    private final IssueDirectory issues;

    @Inject
    public Causes(IssueDirectory issues) {
        this.issues = issues;
    }

    /** The release or RFC behind a change; {@code null} when {@code issueKey} is blank. */
    public Cause cause(String issueKey, UserRef viewer) {
        if (issueKey == null || issueKey.isBlank()) {
            return null;
        }
        String key = issueKey.strip().toUpperCase(Locale.ROOT);
        return issues.find(key, viewer).map(Cause::of).orElseThrow(() -> new InvalidInputException("cause",
                "cause " + key + " is not an issue you can see; name the release or RFC that causes this change."));
    }

    /** The issue with this key, or a 404 that does not tell an invisible issue from a missing one. */
    public IssueRef visibleIssue(String issueKey, UserRef viewer) {
        String key = issueKey == null ? "" : issueKey.strip().toUpperCase(Locale.ROOT);
        return issues.find(key, viewer).orElseThrow(() -> new NotFoundException("No issue " + key + " that you can see."));
    }
}
