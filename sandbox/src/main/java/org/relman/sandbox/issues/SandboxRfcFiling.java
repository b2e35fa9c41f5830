package org.relman.sandbox.issues;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import javax.sql.DataSource;
import org.relman.change.domain.ChangeType;
import org.relman.platform.domain.IssueRef;

/**
 * Files a new RFC in the sandbox: the issue ({@code SANDBOX_ISSUE}, next key in CHG) and its RFC fields
 * ({@code SANDBOX_RFC}) in one transaction, standing in for Jira's create-issue screen. Field rules are
 * the caller's ({@code CreateRfcServlet}); relman's own rules apply when the RFC is submitted to its CAB.
 */
public final class SandboxRfcFiling {

    static final String PROJECT = "CHG";

    /** What the create screen collected; null for a field left empty. */
    public record NewRfc(String summary, ChangeType changeType, String reporterKey, String changeOwnerKey,
                         Instant windowStart, Instant windowEnd, String implementationPlan, String backoutPlan,
                         String testPlan) {
    }

    private final DataSource dataSource;

    public SandboxRfcFiling(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    public IssueRef file(NewRfc rfc) {
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try {
                IssueRef issue = insertIssue(c, rfc);
                insertFields(c, issue.id(), rfc);
                c.commit();
                return issue;
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot file the RFC: " + e.getMessage(), e);
        }
    }

    private static IssueRef insertIssue(Connection c, NewRfc rfc) throws SQLException {
        long id;
        int number;
        try (PreparedStatement ps = c.prepareStatement("SELECT COALESCE(MAX(ID), 9999) + 1 FROM "
                + SandboxIssueStore.TABLE);
             ResultSet rs = ps.executeQuery()) {
            rs.next();
            id = rs.getLong(1);
        }
        try (PreparedStatement ps = c.prepareStatement("SELECT ISSUE_KEY FROM " + SandboxIssueStore.TABLE
                + " WHERE PROJECT_KEY = ?")) {
            ps.setString(1, PROJECT);
            number = 0;
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    number = Math.max(number, Integer.parseInt(rs.getString(1).substring(PROJECT.length() + 1)));
                }
            }
        }
        IssueRef issue = new IssueRef(id, PROJECT + "-" + (number + 1), PROJECT, "RFC", rfc.summary(), rfc.reporterKey(), null);
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO " + SandboxIssueStore.TABLE
                + " (ID, ISSUE_KEY, PROJECT_KEY, ISSUE_TYPE, SUMMARY, REPORTER_KEY, ASSIGNEE_KEY) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
            ps.setLong(1, issue.id());
            ps.setString(2, issue.key());
            ps.setString(3, PROJECT);
            ps.setString(4, "RFC");
            ps.setString(5, rfc.summary());
            ps.setString(6, rfc.reporterKey());
            ps.setString(7, null);
            ps.executeUpdate();
        }
        return issue;
    }

    private static void insertFields(Connection c, long issueId, NewRfc rfc) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO " + SandboxRfcFields.TABLE + " (ISSUE_ID, CHANGE_TYPE, "
                + "CHANGE_OWNER_KEY, WINDOW_START, WINDOW_END, IMPLEMENTATION_PLAN, BACKOUT_PLAN, TEST_PLAN) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
            ps.setLong(1, issueId);
            ps.setString(2, rfc.changeType().name());
            ps.setString(3, rfc.changeOwnerKey());
            ps.setTimestamp(4, rfc.windowStart() == null ? null : Timestamp.from(rfc.windowStart()));
            ps.setTimestamp(5, rfc.windowEnd() == null ? null : Timestamp.from(rfc.windowEnd()));
            ps.setString(6, rfc.implementationPlan());
            ps.setString(7, rfc.backoutPlan());
            ps.setString(8, rfc.testPlan());
            ps.executeUpdate();
        }
    }
}
