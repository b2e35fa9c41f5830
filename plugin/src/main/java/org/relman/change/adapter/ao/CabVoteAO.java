package org.relman.change.adapter.ao;

import java.util.Date;
import net.java.ao.Entity;
import net.java.ao.Preload;
import net.java.ao.schema.Default;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

/**
 * One vote, or one change of a vote, in a voting round. Table {@code AO_301B80_CAB_VOTE}.
 * A changed vote is a new row with the next revision; the previous row is marked superseded, never
 * overwritten. BALLOT_KEY is {@code <round id>:<revision>:<member key>}, where the member is the one
 * the vote counts for (ON_BEHALF_OF_KEY if a deputy voted, else VOTER_KEY): its unique constraint makes
 * "one vote per member per round" hold even when two nodes record a vote at the same moment.
 */
// every column, foreign keys too: AO leaves them out by default and would read each later, a query per row
@Preload({"ID", "ROUND_ID", "VOTER_KEY", "ON_BEHALF_OF_KEY", "VOTE_KIND", "VOTE_COMMENT", "CAST_AT", "REVISION", "SUPERSEDED",
        "SEAT_VETO", "SEAT_GROUP", "BALLOT_KEY"})
@Table("CabVote")
public interface CabVoteAO extends Entity {
    String ROUND_ID = "ROUND_ID";
    String VOTER_KEY = "VOTER_KEY";
    String ON_BEHALF_OF_KEY = "ON_BEHALF_OF_KEY";
    String SUPERSEDED = "SUPERSEDED";
    String BALLOT_KEY = "BALLOT_KEY";

    @NotNull
    @Indexed
    CabRoundAO getRound();
    void setRound(CabRoundAO round);

    /** Who cast the vote. */
    @NotNull
    @Indexed
    @StringLength(255)
    String getVoterKey();
    void setVoterKey(String userKey);

    /** The member a deputy voted for; null when members vote for themselves. */
    @Indexed
    @StringLength(255)
    String getOnBehalfOfKey();
    void setOnBehalfOfKey(String userKey);

    /** APPROVE, REJECT, ABSTAIN or REQUEST_INFO. */
    @NotNull
    @StringLength(32)
    String getVoteKind();
    void setVoteKind(String kind);

    @StringLength(StringLength.UNLIMITED)
    String getVoteComment();
    void setVoteComment(String comment);

    @NotNull
    Date getCastAt();
    void setCastAt(Date at);

    /** 1 for the member's first vote in the round. */
    @NotNull
    int getRevision();
    void setRevision(int revision);

    @NotNull
    @Indexed
    @Default("false")
    boolean isSuperseded();
    void setSuperseded(boolean superseded);

    /** Whether the seat the vote fills carried a veto when it was cast. */
    @NotNull
    @Default("false")
    boolean isSeatVeto();
    void setSeatVeto(boolean veto);

    /** The seat's group label ("Operations") when the vote was cast, for per-group minimums; null if none. */
    @StringLength(64)
    String getSeatGroup();
    void setSeatGroup(String label);

    @NotNull
    @Unique
    @StringLength(300)
    String getBallotKey();
    void setBallotKey(String key);
}
