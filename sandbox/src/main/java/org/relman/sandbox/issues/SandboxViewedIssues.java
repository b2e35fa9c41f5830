package org.relman.sandbox.issues;

import java.lang.reflect.Method;
import java.util.Map;
import java.util.Optional;
import org.relman.platform.adapter.web.ViewedIssues;
import org.relman.platform.app.CurrentUser;
import org.relman.platform.domain.IssueRef;
import org.relman.platform.domain.UserRef;

/**
 * The sandbox's answer to "which issue is this panel on": the {@code issue} its issue page put in the
 * panel context (its own record, or the stand-in for Jira's {@code Issue} when that interface is on the
 * class path), looked up again in the issue store as the viewer may see it.
 */
public final class SandboxViewedIssues implements ViewedIssues {

    private final SandboxIssueStore issues;
    private final CurrentUser currentUser;

    public SandboxViewedIssues(SandboxIssueStore issues, CurrentUser currentUser) {
        this.issues = issues;
        this.currentUser = currentUser;
    }

    @Override
    public Optional<IssueRef> issueIn(Map<String, Object> webContext) {
        Object issue = webContext.get("issue");
        String key = issue instanceof IssueRef ref ? ref.key() : keyOf(issue);
        Optional<UserRef> viewer = currentUser.get();
        if (key == null || viewer.isEmpty()) {
            return Optional.empty();
        }
        return issues.find(key, viewer.get());
    }

    private static String keyOf(Object issue) {
        if (issue == null) {
            return null;
        }
        for (Class<?> api : issue.getClass().getInterfaces()) {
            try {
                Method getKey = api.getMethod("getKey");
                return getKey.getReturnType() == String.class ? (String) getKey.invoke(issue) : null;
            } catch (ReflectiveOperationException notThisInterface) {
                // the stand-in implements Jira's Issue; anything else has no key to offer
            }
        }
        return null;
    }
}
