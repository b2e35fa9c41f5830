package org.relman.sandbox.panels;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;
import org.relman.platform.domain.IssueRef;
import org.relman.platform.domain.UserRef;
import org.springframework.util.ClassUtils;

/**
 * The objects Jira puts in a web panel's context ({@code issue}, {@code project}, {@code user}),
 * made from the sandbox's records. When the Jira API interface is on the class path (jira-host's
 * compile-only mirrors), the object implements it and answers the getters relman may read; any
 * other getter answers null. Without the interface the sandbox's own record is passed.
 */
final class JiraStandIns {

    static final String ISSUE = "com.atlassian.jira.issue.Issue";
    static final String PROJECT = "com.atlassian.jira.project.Project";
    static final String USER = "com.atlassian.jira.user.ApplicationUser";
    static final String ISSUE_TYPE = "com.atlassian.jira.issue.issuetype.IssueType";

    private final ClassLoader loader;
    private final Function<String, UserRef> users;

    JiraStandIns(ClassLoader loader, Function<String, UserRef> users) {
        this.loader = loader;
        this.users = users;
    }

    /** A project as the sandbox knows it: key and name. */
    record ProjectView(long id, String key, String name) {
    }

    Object user(UserRef user) {
        if (user == null) {
            return null;
        }
        Map<String, Object> answers = new HashMap<>();
        answers.put("getKey", user.key());
        answers.put("getUsername", user.name());
        answers.put("getName", user.name());
        answers.put("getDisplayName", user.displayName());
        answers.put("getEmailAddress", user.name() + "@sandbox.invalid");
        answers.put("isActive", true);
        answers.put("getId", (long) Math.abs(user.key().hashCode()));
        return proxyOr(USER, answers, user, "user " + user.name());
    }

    Object project(ProjectView project) {
        Map<String, Object> answers = new HashMap<>();
        answers.put("getId", project.id());
        answers.put("getKey", project.key());
        answers.put("getName", project.name());
        return proxyOr(PROJECT, answers, project, "project " + project.key());
    }

    Object issue(IssueRef issue, Object project) {
        Map<String, Object> answers = new HashMap<>();
        answers.put("getId", issue.id());
        answers.put("getKey", issue.key());
        answers.put("getSummary", issue.summary());
        answers.put("getProjectId", project instanceof ProjectView p ? p.id() : (Object) null);
        answers.put("getProjectObject", project);
        answers.put("getProject", project);
        answers.put("getReporterId", issue.reporterKey());
        answers.put("getAssigneeId", issue.assigneeKey());
        answers.put("getReporter", issue.reporterKey() == null ? null : user(users.apply(issue.reporterKey())));
        answers.put("getReporterUser", answers.get("getReporter"));
        answers.put("getAssignee", issue.assigneeKey() == null ? null : user(users.apply(issue.assigneeKey())));
        answers.put("getAssigneeUser", answers.get("getAssignee"));
        Map<String, Object> type = new HashMap<>();
        type.put("getName", issue.issueType());
        type.put("getId", issue.issueType());
        answers.put("getIssueType", proxyOr(ISSUE_TYPE, type, issue.issueType(), "issue type " + issue.issueType()));
        answers.put("getIssueTypeId", issue.issueType());
        return proxyOr(ISSUE, answers, issue, "issue " + issue.key());
    }

    private Object proxyOr(String interfaceName, Map<String, Object> answers, Object fallback, String description) {
        Class<?> api;
        try {
            api = Class.forName(interfaceName, false, loader);
        } catch (ClassNotFoundException | LinkageError e) {
            return fallback;
        }
        if (!api.isInterface()) {
            return fallback;
        }
        InvocationHandler handler = (proxy, method, args) -> answer(method, args, answers, description, proxy);
        return Proxy.newProxyInstance(loader, new Class<?>[] {api}, handler);
    }

    private static Object answer(Method method, Object[] args, Map<String, Object> answers, String description, Object proxy) {
        switch (method.getName()) {
            case "toString":
                return description + " (relman sandbox)";
            case "hashCode":
                return System.identityHashCode(proxy);
            case "equals":
                return args != null && args.length == 1 && args[0] == proxy;
            default:
                break;
        }
        Object value = answers.get(method.getName());
        Class<?> returns = method.getReturnType();
        if (value != null && returns.isInstance(value)) {
            return value;
        }
        if (value != null && returns.isPrimitive() && ClassUtils.resolvePrimitiveIfNecessary(returns).isInstance(value)) {
            return value;
        }
        if (returns == boolean.class) {
            return false;
        }
        if (returns.isPrimitive() && returns != void.class) {
            return returns == long.class ? 0L : returns == double.class ? 0d : returns == float.class ? 0f : 0;
        }
        return value != null && returns == String.class ? value.toString() : null;
    }
}
