package org.relman.servicing.adapter.ao;

import java.util.Date;
import net.java.ao.Entity;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

/**
 * A cumulative update of a product line. Table {@code AO_301B80_SVC_UPDATE}.
 * Its content is computed from the fixes, never stored. UPDATE_KEY is {@code <product line id>:<number>}:
 * its unique constraint keeps update numbers unique per product line.
 */
@Table("SvcUpdate")
public interface SvcUpdateAO extends Entity {
    String PRODUCT_LINE_ID = "PRODUCT_LINE_ID";
    String UPDATE_NUMBER = "UPDATE_NUMBER";
    String UPDATE_KEY = "UPDATE_KEY";
    String UPDATE_STATE = "UPDATE_STATE";
    String RELEASED_AT = "RELEASED_AT";

    @NotNull
    @Indexed
    SvcProductLineAO getProductLine();
    void setProductLine(SvcProductLineAO productLine);

    /** 1 for CU1. */
    @NotNull
    int getUpdateNumber();
    void setUpdateNumber(int number);

    @NotNull
    @Unique
    @StringLength(32)
    String getUpdateKey();
    void setUpdateKey(String key);

    @NotNull
    @StringLength(255)
    String getName();
    void setName(String name);

    /** PLANNED, IN_TEST, IN_RING, RELEASED or CANCELLED. */
    @NotNull
    @Indexed
    @StringLength(32)
    String getUpdateState();
    void setUpdateState(String state);

    @Indexed
    Date getPlannedDate();
    void setPlannedDate(Date date);

    @Indexed
    Date getReleasedAt();
    void setReleasedAt(Date at);

    /** PENDING, PASSED or FAILED. */
    @StringLength(32)
    String getTestPassResult();
    void setTestPassResult(String result);

    Date getTestPassAt();
    void setTestPassAt(Date at);

    /** Result in the internal deployment ring: PENDING, PASSED or FAILED. */
    @StringLength(32)
    String getRingResult();
    void setRingResult(String result);

    Date getRingAt();
    void setRingAt(Date at);

    /** The Release issue that ships the update, if any. */
    @Indexed
    Long getReleaseIssueId();
    void setReleaseIssueId(Long issueId);
}
