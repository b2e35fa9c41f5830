package org.relman.release.adapter.ao;

import java.util.Date;
import net.java.ao.Entity;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

/**
 * An RFC packaged in a release, current or past. Table {@code AO_301B80_RELEASE_RFC}.
 * "An RFC is in at most one open release" is held by the database, not by a read-then-write check:
 * OPEN_CLAIM is unique and holds the RFC's issue id (as text) while the membership is open. The app must
 * rewrite it to {@code <rfc issue id>#<row ID>} in the same transaction that ends the membership: when the
 * RFC is removed (REMOVED_AT set) and when the release closes or is cancelled (the row stays, as history).
 * A second open membership of the same RFC then fails on the unique constraint, on any node.
 */
@Table("ReleaseRfc")
public interface ReleaseRfcAO extends Entity {
    String RELEASE_ISSUE_ID = "RELEASE_ISSUE_ID";
    String RFC_ISSUE_ID = "RFC_ISSUE_ID";
    String OPEN_CLAIM = "OPEN_CLAIM";
    String REMOVED_AT = "REMOVED_AT";

    @NotNull
    @Indexed
    Long getReleaseIssueId();
    void setReleaseIssueId(Long issueId);

    @NotNull
    @Indexed
    Long getRfcIssueId();
    void setRfcIssueId(Long issueId);

    @NotNull
    @Unique
    @StringLength(64)
    String getOpenClaim();
    void setOpenClaim(String claim);

    @NotNull
    Date getAddedAt();
    void setAddedAt(Date at);

    @StringLength(255)
    String getAddedBy();
    void setAddedBy(String userKey);

    /** Null while the RFC is in the release. */
    @Indexed
    Date getRemovedAt();
    void setRemovedAt(Date at);

    @StringLength(255)
    String getRemovedBy();
    void setRemovedBy(String userKey);
}
