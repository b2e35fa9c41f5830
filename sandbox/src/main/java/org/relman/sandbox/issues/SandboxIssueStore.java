package org.relman.sandbox.issues;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javax.sql.DataSource;
import org.relman.platform.app.IssueDirectory;
import org.relman.platform.domain.IssueRef;
import org.relman.platform.domain.UserRef;

/**
 * The sandbox's stand-in for Jira's issues: one table, {@code SANDBOX_ISSUE}, in the sandbox's
 * database, holding a few demo RFCs and a release so the plugin has issues to attach to. Every
 * logged-in user may browse every issue; anonymous callers see none, as in a Jira that does not
 * grant anonymous browsing.
 */
public final class SandboxIssueStore implements IssueDirectory {

    static final String TABLE = "SANDBOX_ISSUE";
    private static final String COLUMNS = "ID, ISSUE_KEY, PROJECT_KEY, ISSUE_TYPE, SUMMARY, REPORTER_KEY, ASSIGNEE_KEY";

    private final DataSource dataSource;

    public SandboxIssueStore(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** Creates the table and, when it is empty, the demo issues. Safe to call on every start. */
    public void initialise() {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE IF NOT EXISTS " + TABLE + " ("
                    + "ID BIGINT NOT NULL PRIMARY KEY, "
                    + "ISSUE_KEY VARCHAR(32) NOT NULL UNIQUE, "
                    + "PROJECT_KEY VARCHAR(16) NOT NULL, "
                    + "ISSUE_TYPE VARCHAR(32) NOT NULL, "
                    + "SUMMARY VARCHAR(255) NOT NULL, "
                    + "REPORTER_KEY VARCHAR(64), "
                    + "ASSIGNEE_KEY VARCHAR(64))");
            try (ResultSet count = s.executeQuery("SELECT COUNT(*) FROM " + TABLE)) {
                count.next();
                if (count.getLong(1) == 0) {
                    insert(c, DemoIssues.ALL);
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot create the sandbox's issue table " + TABLE + ": " + e.getMessage(), e);
        }
    }

    @Override
    public Optional<IssueRef> find(String issueKey, UserRef viewer) {
        if (viewer == null || issueKey == null) {
            return Optional.empty();
        }
        List<IssueRef> found = query("SELECT " + COLUMNS + " FROM " + TABLE + " WHERE ISSUE_KEY = ?",
                issueKey.trim().toUpperCase(Locale.ROOT));
        return found.stream().findFirst();
    }

    /** The project's name as the issue page shows it. */
    public String projectName(String projectKey) {
        return DemoIssues.PROJECTS.getOrDefault(projectKey, projectKey);
    }

    /** Every issue, by key, for the start page. */
    public List<IssueRef> all() {
        return query("SELECT " + COLUMNS + " FROM " + TABLE + " ORDER BY PROJECT_KEY, ID");
    }

    private List<IssueRef> query(String sql, Object... args) {
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                ps.setObject(i + 1, args[i]);
            }
            List<IssueRef> issues = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    issues.add(new IssueRef(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                            rs.getString(5), rs.getString(6), rs.getString(7)));
                }
            }
            return issues;
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read " + TABLE + ": " + e.getMessage(), e);
        }
    }

    private static void insert(Connection c, List<IssueRef> issues) throws SQLException {
        boolean autoCommit = c.getAutoCommit();
        c.setAutoCommit(false);
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO " + TABLE + " (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?)")) {
            for (IssueRef issue : issues) {
                ps.setLong(1, issue.id());
                ps.setString(2, issue.key());
                ps.setString(3, issue.projectKey());
                ps.setString(4, issue.issueType());
                ps.setString(5, issue.summary());
                ps.setString(6, issue.reporterKey());
                ps.setString(7, issue.assigneeKey());
                ps.addBatch();
            }
            ps.executeBatch();
            c.commit();
        } catch (SQLException e) {
            c.rollback();
            throw e;
        } finally {
            c.setAutoCommit(autoCommit);
        }
    }
}
