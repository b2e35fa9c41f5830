package org.relman.change.app;

import javax.inject.Inject;
import javax.inject.Named;
import org.relman.platform.app.IssueDirectory;
import org.relman.platform.domain.IssueRef;
import org.relman.platform.domain.NotFoundException;
import org.relman.platform.domain.UserRef;

/** Finds an RFC by issue key as the viewer may see it: an issue they cannot browse is "not found", as in Jira. */
@Named
public class RfcLookup {
    private final IssueDirectory issues;
    private final RfcDetails details;

    @Inject
    public RfcLookup(IssueDirectory issues, RfcDetails details) {
        this.issues = issues;
        this.details = details;
    }

    public RfcOnIssue find(String issueKey, UserRef viewer) {
        IssueRef issue = issues.find(issueKey, viewer)
                .orElseThrow(() -> new NotFoundException("No issue " + issueKey + ", or you may not see it."));
        return of(issue);
    }

    /** Whether the issue is an RFC at all (an issue of another type is none of change management's business). */
    public boolean isRfc(IssueRef issue) {
        return details.find(issue).isPresent();
    }

    public RfcOnIssue of(IssueRef issue) {
        return details.find(issue).map(rfc -> new RfcOnIssue(issue, rfc))
                .orElseThrow(() -> new NotFoundException(issue.key() + " is not an RFC."));
    }
}
