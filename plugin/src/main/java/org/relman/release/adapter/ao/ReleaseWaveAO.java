package org.relman.release.adapter.ao;

import java.util.Date;
import net.java.ao.Entity;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;

/** A deployment wave of a release. Table {@code AO_301B80_RELEASE_WAVE}. */
@Table("ReleaseWave")
public interface ReleaseWaveAO extends Entity {
    String RELEASE_ISSUE_ID = "RELEASE_ISSUE_ID";
    String WAVE_ORDER = "WAVE_ORDER";
    String WAVE_STATE = "WAVE_STATE";

    @NotNull
    @Indexed
    Long getReleaseIssueId();
    void setReleaseIssueId(Long issueId);

    /** 1 for the first wave; a wave starts only after the one before is signed off. */
    @NotNull
    int getWaveOrder();
    void setWaveOrder(int order);

    @NotNull
    @StringLength(255)
    String getName();
    void setName(String name);

    /** The deployment group ("internal IT", "pilot", "everyone"). */
    @StringLength(255)
    String getTargetGroup();
    void setTargetGroup(String group);

    /** PLANNED, RUNNING, SIGNED_OFF, HALTED or BACKED_OUT. */
    @NotNull
    @Indexed
    @StringLength(32)
    String getWaveState();
    void setWaveState(String state);

    Date getStartedAt();
    void setStartedAt(Date at);

    @StringLength(255)
    String getStartedBy();
    void setStartedBy(String userKey);

    Date getSignedOffAt();
    void setSignedOffAt(Date at);

    @StringLength(255)
    String getSignedOffBy();
    void setSignedOffBy(String userKey);

    Date getHaltedAt();
    void setHaltedAt(Date at);

    @StringLength(255)
    String getHaltedBy();
    void setHaltedBy(String userKey);

    Date getBackedOutAt();
    void setBackedOutAt(Date at);

    @StringLength(255)
    String getBackedOutBy();
    void setBackedOutBy(String userKey);
}
