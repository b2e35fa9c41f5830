package org.relman.change.testing;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.relman.change.app.RfcDetails;
import org.relman.change.domain.ChangeType;
import org.relman.change.domain.Rfc;
import org.relman.platform.app.CurrentUser;
import org.relman.platform.app.GroupDirectory;
import org.relman.platform.app.IssueDirectory;
import org.relman.platform.app.RoleDirectory;
import org.relman.platform.app.UserDirectory;
import org.relman.platform.domain.IssueRef;
import org.relman.platform.domain.RelmanRole;
import org.relman.platform.domain.UserRef;

/**
 * What Jira provides, in memory: users, relman roles, groups and project roles, issues the viewer may
 * browse, and RFC fields. The current user is per thread, so concurrent tests can act as many people.
 */
public final class FakeHost implements CurrentUser, RoleDirectory, GroupDirectory, IssueDirectory, UserDirectory, RfcDetails {
    private final Map<String, UserRef> byKey = new ConcurrentHashMap<>();
    private final Map<String, UserRef> byName = new ConcurrentHashMap<>();
    private final Map<String, Set<RelmanRole>> roles = new ConcurrentHashMap<>();
    private final Map<String, Set<String>> groups = new ConcurrentHashMap<>();
    private final Map<String, Set<String>> projectRoles = new ConcurrentHashMap<>();
    private final Map<String, IssueRef> issues = new ConcurrentHashMap<>();
    private final Map<Long, Rfc> rfcs = new ConcurrentHashMap<>();
    private final Set<String> hidden = ConcurrentHashMap.newKeySet();
    private final ThreadLocal<UserRef> current = new ThreadLocal<>();
    private long nextIssueId = 10_000;

    /** A user whose key differs from the login name, as in Jira (JIRAUSER...). */
    public UserRef user(String name, String displayName) {
        UserRef user = new UserRef("key-" + name, name, displayName);
        byKey.put(user.key(), user);
        byName.put(name, user);
        return user;
    }

    public FakeHost loginAs(UserRef user) {
        current.set(user);
        return this;
    }

    public FakeHost logout() {
        current.remove();
        return this;
    }

    public FakeHost grant(UserRef user, RelmanRole role) {
        roles.computeIfAbsent(user.key(), k -> EnumSet.noneOf(RelmanRole.class)).add(role);
        return this;
    }

    public FakeHost addToGroup(String group, UserRef user) {
        groups.computeIfAbsent(group, k -> ConcurrentHashMap.newKeySet()).add(user.key());
        return this;
    }

    public FakeHost addToProjectRole(String projectKey, long roleId, UserRef user) {
        projectRoles.computeIfAbsent(projectKey + ":" + roleId, k -> ConcurrentHashMap.newKeySet()).add(user.key());
        return this;
    }

    /** An RFC issue in project RFC with a fingerprint "v1". */
    public synchronized IssueRef rfc(String key, UserRef reporter, UserRef assignee, UserRef changeOwner, ChangeType type) {
        IssueRef issue = new IssueRef(nextIssueId++, key, key.substring(0, key.indexOf('-')), "RFC", "Summary of " + key,
                reporter.key(), assignee == null ? null : assignee.key());
        issues.put(key, issue);
        rfcs.put(issue.id(), new Rfc(issue, type, "low", "low", "low", changeOwner == null ? null : changeOwner.key(),
                Instant.parse("2026-06-01T20:00:00Z"), Instant.parse("2026-06-01T22:00:00Z"), null, "v1"));
        return issue;
    }

    /** Changes the RFC's fields; a new fingerprint stands for a material edit. */
    public void editRfc(IssueRef issue, String fingerprint, String standardChangeCode) {
        Rfc old = rfcs.get(issue.id());
        rfcs.put(issue.id(), new Rfc(old.issue(), old.changeType(), old.risk(), old.impact(), old.urgency(), old.changeOwnerKey(),
                old.windowStart(), old.windowEnd(), standardChangeCode, fingerprint));
    }

    public IssueRef issue(String key) {
        return issues.get(key);
    }

    public void hideFrom(IssueRef issue, UserRef user) {
        hidden.add(issue.key() + "|" + user.key());
    }

    @Override
    public Optional<UserRef> get() {
        return Optional.ofNullable(current.get());
    }

    @Override
    public boolean hasRole(UserRef user, RelmanRole role) {
        return roles.getOrDefault(user.key(), Set.of()).contains(role);
    }

    @Override
    public boolean isInGroup(UserRef user, String groupName) {
        return groups.getOrDefault(groupName, Set.of()).contains(user.key());
    }

    @Override
    public boolean hasProjectRole(UserRef user, String projectKey, long projectRoleId) {
        return projectRoles.getOrDefault(projectKey + ":" + projectRoleId, Set.of()).contains(user.key());
    }

    @Override
    public Optional<IssueRef> find(String issueKey, UserRef viewer) {
        return Optional.ofNullable(issues.get(issueKey)).filter(i -> !hidden.contains(i.key() + "|" + viewer.key()));
    }

    @Override
    public Optional<Rfc> find(IssueRef issue) {
        return Optional.ofNullable(rfcs.get(issue.id()));
    }

    @Override
    public Optional<UserRef> byName(String username) {
        return Optional.ofNullable(byName.get(username.strip()));
    }

    @Override
    public Optional<UserRef> byKey(String userKey) {
        return Optional.ofNullable(byKey.get(userKey));
    }
}
