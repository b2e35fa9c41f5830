package org.relman.cmdb.app;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import javax.inject.Inject;
import javax.inject.Named;
import org.relman.cmdb.domain.AffectedCi;
import org.relman.cmdb.domain.CiSummary;
import org.relman.platform.app.AccessGuard;
import org.relman.platform.domain.InvalidInputException;
import org.relman.platform.domain.IssueRef;
import org.relman.platform.domain.RelmanRole;
import org.relman.platform.domain.UserRef;

/**
 * The CIs an RFC or a Release affects. Reading and setting both need the CMDB reader role and the right to see the
 * issue; for now any such user may set the list (typically the RFC's requester while filling it in). Setting
 * replaces the whole list. A change to an RFC's list is material (§1.4): the {@link AffectedCisListener} is told after
 * the new list is stored, and change management may open a new voting round. It is told after every save, changed
 * or not: the list and the rounds are written in two transactions, and change management compares the RFC's
 * material fingerprint itself, so if the second write fails (the user sees the error), saving the same list again
 * brings the rounds up to date instead of finding "nothing changed".
 */
@Named
public class AffectedCis {
    public static final int MAX_CIS = 500;

    private final AccessGuard access;
    private final AffectedCiStore store;
    private final ConfigurationItemStore items;
    private final Causes issues;
    private final AffectedCisListener listener;

    @Inject
    public AffectedCis(AccessGuard access, AffectedCiStore store, ConfigurationItemStore items, Causes issues,
                       AffectedCisListener listener) {
        this.access = access;
        this.store = store;
        this.items = items;
        this.issues = issues;
        this.listener = listener;
    }

    public List<AffectedCi> of(String issueKey) {
        UserRef viewer = access.requireRole(RelmanRole.CMDB_READER, "read the CMDB");
        IssueRef issue = issues.visibleIssue(issueKey, viewer);
        return store.of(issue.id());
    }

    public List<AffectedCi> replace(String issueKey, List<String> keys) {
        UserRef actor = access.requireRole(RelmanRole.CMDB_READER, "read the CMDB");
        IssueRef issue = issues.visibleIssue(issueKey, actor);
        if (keys == null) {
            throw new InvalidInputException("keys", "keys is required: the list of the CIs the issue affects (it may be empty).");
        }
        Set<String> wanted = new LinkedHashSet<>();
        for (String key : keys) {
            if (key != null && !key.isBlank()) {
                wanted.add(key.strip().toUpperCase(Locale.ROOT));
            }
        }
        if (wanted.size() > MAX_CIS) {
            throw new InvalidInputException("keys", "an issue may affect at most " + MAX_CIS + " CIs (the list has " + wanted.size() + ").");
        }
        Map<String, CiSummary> found = items.summaries(wanted);
        List<String> unknown = new ArrayList<>(wanted);
        unknown.removeAll(found.keySet());
        if (!unknown.isEmpty()) {
            throw new InvalidInputException("keys", "keys names no configuration item: " + String.join(", ", unknown) + ".");
        }
        List<AffectedCi> after = store.replace(issue.id(), wanted, actor);
        listener.affectedCisChanged(issue, actor);
        return after;
    }
}
