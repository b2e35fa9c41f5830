package org.relman.sandbox.issues;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Optional;
import javax.sql.DataSource;
import org.relman.change.app.RfcDetails;
import org.relman.change.domain.ChangeType;
import org.relman.change.domain.Rfc;
import org.relman.platform.domain.IssueRef;

/**
 * The sandbox's stand-in for the RFC issue type's fields (in Jira: custom fields relman creates on
 * enable). One row per RFC in {@code SANDBOX_RFC}; the material fingerprint is a SHA-256 over the
 * three plans and the requested window, as relman computes it in Jira.
 */
public final class SandboxRfcFields implements RfcDetails {

    static final String TABLE = "SANDBOX_RFC";
    private static final String COLUMNS = "ISSUE_ID, CHANGE_TYPE, RISK, IMPACT, URGENCY, CHANGE_OWNER_KEY, "
            + "WINDOW_START, WINDOW_END, STD_CHANGE_CODE, IMPLEMENTATION_PLAN, BACKOUT_PLAN, TEST_PLAN";

    private final DataSource dataSource;

    public SandboxRfcFields(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** Creates the table and, when it is empty, the demo RFCs' fields. Safe to call on every start. */
    public void initialise() {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE IF NOT EXISTS " + TABLE + " ("
                    + "ISSUE_ID BIGINT NOT NULL PRIMARY KEY, CHANGE_TYPE VARCHAR(16) NOT NULL, "
                    + "RISK VARCHAR(32), IMPACT VARCHAR(32), URGENCY VARCHAR(32), CHANGE_OWNER_KEY VARCHAR(64), "
                    + "WINDOW_START TIMESTAMP, WINDOW_END TIMESTAMP, STD_CHANGE_CODE VARCHAR(64), "
                    + "IMPLEMENTATION_PLAN VARCHAR(4000), BACKOUT_PLAN VARCHAR(4000), TEST_PLAN VARCHAR(4000))");
            try (ResultSet count = s.executeQuery("SELECT COUNT(*) FROM " + TABLE)) {
                count.next();
                if (count.getLong(1) == 0) {
                    seed(c);
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot create the sandbox's RFC field table " + TABLE + ": " + e.getMessage(), e);
        }
    }

    @Override
    public Optional<Rfc> find(IssueRef issue) {
        if (issue == null || !"RFC".equalsIgnoreCase(issue.issueType())) {
            return Optional.empty();
        }
        try (Connection c = dataSource.getConnection();
             PreparedStatement ps = c.prepareStatement("SELECT " + COLUMNS + " FROM " + TABLE + " WHERE ISSUE_ID = ?")) {
            ps.setLong(1, issue.id());
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                Instant start = instant(rs.getTimestamp(7));
                Instant end = instant(rs.getTimestamp(8));
                String fingerprint = fingerprint(rs.getString(10), rs.getString(11), rs.getString(12), start, end);
                return Optional.of(new Rfc(issue, ChangeType.valueOf(rs.getString(2)), rs.getString(3), rs.getString(4),
                        rs.getString(5), rs.getString(6), start, end, rs.getString(9), fingerprint));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read " + TABLE + ": " + e.getMessage(), e);
        }
    }

    private static Instant instant(Timestamp at) {
        return at == null ? null : at.toInstant();
    }

    static String fingerprint(String implementation, String backout, String test, Instant start, Instant end) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            for (Object part : new Object[] {implementation, backout, test, start, end}) {
                sha.update(String.valueOf(part).replace("\r\n", "\n").getBytes(StandardCharsets.UTF_8));
                sha.update((byte) 0);
            }
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void seed(Connection c) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO " + TABLE + " (" + COLUMNS
                + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            row(ps, 10000, "NORMAL", "medium", "high", "medium", "rob", "2027-03-13T22:00:00Z", "2027-03-14T02:00:00Z",
                    "Stop the CRM service, install 5.2 with the vendor installer, run the schema upgrade, start and smoke-test.",
                    "Restore the pre-upgrade snapshot and the database backup taken at the start of the window.",
                    "Run the CRM regression pack in the test environment; smoke tests after go-live.");
            row(ps, 10001, "NORMAL", "low", "high", "high", "connie", "2027-02-20T21:00:00Z", "2027-02-20T22:00:00Z",
                    "Install the renewed certificate on both gateway nodes, one at a time.",
                    "Put the old certificate back (valid until the 28th).",
                    "Check the chain and a test payment after each node.");
            row(ps, 10002, "NORMAL", "medium", "medium", "low", "connie", null, null,
                    "Create the replica from the nightly base backup and start streaming.",
                    "Drop the replica; the primary is untouched.",
                    "Compare row counts and replication lag for a day.");
            ps.executeBatch();
        }
    }

    private static void row(PreparedStatement ps, long issueId, String type, String risk, String impact, String urgency,
                            String owner, String start, String end, String implementation, String backout, String test)
            throws SQLException {
        ps.setLong(1, issueId);
        ps.setString(2, type);
        ps.setString(3, risk);
        ps.setString(4, impact);
        ps.setString(5, urgency);
        ps.setString(6, owner);
        ps.setTimestamp(7, start == null ? null : Timestamp.from(Instant.parse(start)));
        ps.setTimestamp(8, end == null ? null : Timestamp.from(Instant.parse(end)));
        ps.setString(9, null);
        ps.setString(10, implementation);
        ps.setString(11, backout);
        ps.setString(12, test);
        ps.addBatch();
    }
}
