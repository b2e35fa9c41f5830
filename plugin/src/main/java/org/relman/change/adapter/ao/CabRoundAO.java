package org.relman.change.adapter.ao;

import java.util.Date;
import net.java.ao.Entity;
import net.java.ao.Preload;
import net.java.ao.OneToMany;
import net.java.ao.schema.Default;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

/**
 * A voting round of a CAB on an RFC. Table {@code AO_301B80_CAB_ROUND}.
 * A closed round (CLOSED_AT set) is never changed again; a new round supersedes it. ROUND_KEY is
 * {@code <rfc issue id>:<round number>}: its unique constraint stops two nodes opening the same round.
 */
// every column, foreign keys too: AO leaves them out by default and would read each later, a query per row
@Preload({"ID", "RFC_ISSUE_ID", "CAB_ID", "ROUND_NUMBER", "ROUND_KEY", "OPENED_AT", "OPENED_BY", "OPEN_REASON", "OPEN_DETAIL",
        "CLOSED_AT", "CLOSED_BY", "DECISION", "DECISION_REASON", "RFC_KEY", "MATERIAL_FINGERPRINT", "OUTCOME", "ROUND_REVISION"})
@Table("CabRound")
public interface CabRoundAO extends Entity {
    String RFC_ISSUE_ID = "RFC_ISSUE_ID";
    String CAB_ID = "CAB_ID";
    String ROUND_NUMBER = "ROUND_NUMBER";
    String ROUND_KEY = "ROUND_KEY";
    String CLOSED_AT = "CLOSED_AT";
    String DECISION = "DECISION";
    String OUTCOME = "OUTCOME";

    @NotNull
    @Indexed
    Long getRfcIssueId();
    void setRfcIssueId(Long issueId);

    @NotNull
    @Indexed
    CabAO getCab();
    void setCab(CabAO cab);

    /** 1 for the first round of the RFC. */
    @NotNull
    int getRoundNumber();
    void setRoundNumber(int number);

    @NotNull
    @Unique
    @StringLength(32)
    String getRoundKey();
    void setRoundKey(String key);

    @NotNull
    Date getOpenedAt();
    void setOpenedAt(Date at);

    @StringLength(255)
    String getOpenedBy();
    void setOpenedBy(String userKey);

    /** SUBMITTED, MATERIAL_EDIT, RESUBMITTED or ESCALATED. */
    @NotNull
    @StringLength(32)
    String getOpenReason();
    void setOpenReason(String reason);

    /** What the material edit touched ("plans, window"). */
    @StringLength(450)
    String getOpenDetail();
    void setOpenDetail(String detail);

    /** Null while the round is open. */
    @Indexed
    Date getClosedAt();
    void setClosedAt(Date at);

    @StringLength(255)
    String getClosedBy();
    void setClosedBy(String userKey);

    /** APPROVED, REJECTED, MORE_INFO or SUPERSEDED; null while open. */
    @Indexed
    @StringLength(32)
    String getDecision();
    void setDecision(String decision);

    /** The reason as shown ("approved: 4 of 5, quorum met, no veto"). */
    @StringLength(StringLength.UNLIMITED)
    String getDecisionReason();
    void setDecisionReason(String reason);

    /** The issue key when the round opened, for agendas and minutes without asking Jira per row. */
    @StringLength(255)
    String getRfcKey();
    void setRfcKey(String key);

    /** The RFC's material fingerprint when the round opened; a different one means a material edit. */
    @StringLength(255)
    String getMaterialFingerprint();
    void setMaterialFingerprint(String fingerprint);

    /**
     * The outcome as of the latest vote (PENDING, MORE_INFORMATION_NEEDED, APPROVED, REJECTED), so that
     * JQL can find RFCs by decision without recounting votes.
     */
    @Indexed
    @StringLength(32)
    String getOutcome();
    void setOutcome(String outcome);

    /**
     * Bumped by every vote: the UPDATE takes the round's row lock, so votes on one round are counted one
     * after another on every database and every node.
     */
    @NotNull
    @Default("0")
    int getRoundRevision();
    void setRoundRevision(int revision);

    @OneToMany(reverse = "getRound")
    CabVoteAO[] getVotes();
}
