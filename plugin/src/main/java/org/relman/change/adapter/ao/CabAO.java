package org.relman.change.adapter.ao;

import net.java.ao.Entity;
import net.java.ao.OneToMany;
import net.java.ao.schema.Default;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

/**
 * A Change Advisory Board and its decision rule. Table {@code AO_301B80_CAB}.
 * A rule number of 0 means "no such condition".
 */
@Table("Cab")
public interface CabAO extends Entity {
    String NAME = "NAME";
    String EMERGENCY = "EMERGENCY";
    String DEFAULT_CAB = "DEFAULT_CAB";

    @NotNull
    @Unique
    @StringLength(255)
    String getName();
    void setName(String name);

    @StringLength(StringLength.UNLIMITED)
    String getDescription();
    void setDescription(String description);

    /** An emergency CAB decides emergency RFCs. */
    @NotNull
    @Indexed
    @Default("false")
    boolean isEmergency();
    void setEmergency(boolean emergency);

    /**
     * The CAB that decides every RFC that is not an emergency (at most one; the app keeps it so).
     * Added before the first release, so no upgrade task.
     */
    @NotNull
    @Default("false")
    boolean isDefaultCab();
    void setDefaultCab(boolean defaultCab);

    /** Votes needed for a decision to be taken at all. */
    int getQuorum();
    void setQuorum(int quorum);

    int getMinApprovals();
    void setMinApprovals(int minApprovals);

    /** Share of the counted votes that must approve, in percent. */
    int getApprovalPercent();
    void setApprovalPercent(int percent);

    @NotNull
    @Default("false")
    boolean isAbstentionsInQuorum();
    void setAbstentionsInQuorum(boolean counted);

    @OneToMany(reverse = "getCab")
    CabMemberAO[] getMembers();

    @OneToMany(reverse = "getCab")
    CabGroupMinAO[] getGroupMinimums();
}
