package org.relman.audit.app;

import java.util.List;
import javax.inject.Inject;
import javax.inject.Named;
import org.relman.audit.domain.AuditEntry;
import org.relman.audit.domain.ChainVerifier;
import org.relman.audit.domain.VerifyReport;
import org.relman.platform.app.AccessGuard;
import org.relman.platform.app.IssueDirectory;
import org.relman.platform.domain.AccessDeniedException;
import org.relman.platform.domain.IssueRef;
import org.relman.platform.domain.NotFoundException;
import org.relman.platform.domain.RelmanRole;
import org.relman.platform.domain.UserRef;

/** Reading and checking the change log: per issue for whoever may see the issue, the whole chain for change managers. */
@Named
public class AuditTrail {
    private static final int PAGE = 500;

    private final AccessGuard access;
    private final IssueDirectory issues;
    private final ChangeLog log;

    @Inject
    public AuditTrail(AccessGuard access, IssueDirectory issues, ChangeLog log) {
        this.access = access;
        this.issues = issues;
        this.log = log;
    }

    /** Checks the whole chain, page by page, and reports the first entry that no longer matches. */
    public VerifyReport verify() {
        requireVerifier();
        ChainVerifier verifier = new ChainVerifier();
        long after = 0;
        while (true) {
            List<AuditEntry> page = log.after(after, PAGE);
            for (AuditEntry entry : page) {
                if (!verifier.accept(entry)) {
                    return verifier.report();
                }
            }
            if (page.size() < PAGE) {
                return verifier.report();
            }
            after = page.get(page.size() - 1).seqNo();
        }
    }

    /** The caller if they may verify the whole chain (a change manager or a relman administrator); else the refusal. */
    public UserRef requireVerifier() {
        UserRef user = access.requireUser();
        if (!access.hasRole(user, RelmanRole.CHANGE_MANAGER) && !access.hasRole(user, RelmanRole.ADMINISTRATOR)) {
            throw AccessDeniedException.because("Only a change manager or a relman administrator may verify the change log.");
        }
        return user;
    }

    /** The entries about an issue the caller may see. */
    public List<AuditEntry> forIssue(String issueKey) {
        UserRef user = access.requireUser();
        IssueRef issue = issues.find(issueKey, user)
                .orElseThrow(() -> new NotFoundException("No issue " + issueKey + ", or you may not see it."));
        return log.forIssue(issue.id());
    }
}
