package org.relman.change.adapter.ao;

import net.java.ao.Entity;
import net.java.ao.Preload;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;

/** A per-group minimum of a CAB's rule ("2 from Operations"). Table {@code AO_301B80_CAB_GROUP_MIN}. */
// every column, foreign keys too: AO leaves them out by default and would read each later, a query per row
@Preload({"ID", "CAB_ID", "GROUP_LABEL", "MIN_APPROVALS"})
@Table("CabGroupMin")
public interface CabGroupMinAO extends Entity {
    String CAB_ID = "CAB_ID";

    @NotNull
    @Indexed
    CabAO getCab();
    void setCab(CabAO cab);

    /** Matches {@link CabMemberAO#getGroupLabel()}. */
    @NotNull
    @StringLength(64)
    String getGroupLabel();
    void setGroupLabel(String label);

    int getMinApprovals();
    void setMinApprovals(int minApprovals);
}
