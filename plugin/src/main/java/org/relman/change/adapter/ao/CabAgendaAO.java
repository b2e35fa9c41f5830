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

/** A CAB meeting's agenda; frozen once the meeting starts. Table {@code AO_301B80_CAB_AGENDA}. */
// every column, foreign keys too: AO leaves them out by default and would read each later, a query per row
@Preload({"ID", "CAB_ID", "TITLE", "MEETING_AT", "FROZEN", "FROZEN_AT", "FROZEN_BY", "CREATED_AT", "CREATED_BY"})
@Table("CabAgenda")
public interface CabAgendaAO extends Entity {
    String CAB_ID = "CAB_ID";
    String MEETING_AT = "MEETING_AT";

    @NotNull
    @Indexed
    CabAO getCab();
    void setCab(CabAO cab);

    @NotNull
    @StringLength(255)
    String getTitle();
    void setTitle(String title);

    @Indexed
    Date getMeetingAt();
    void setMeetingAt(Date at);

    @NotNull
    @Default("false")
    boolean isFrozen();
    void setFrozen(boolean frozen);

    Date getFrozenAt();
    void setFrozenAt(Date at);

    @StringLength(255)
    String getFrozenBy();
    void setFrozenBy(String userKey);

    @NotNull
    Date getCreatedAt();
    void setCreatedAt(Date at);

    @StringLength(255)
    String getCreatedBy();
    void setCreatedBy(String userKey);

    @OneToMany(reverse = "getAgenda")
    CabAgendaItemAO[] getItems();
}
