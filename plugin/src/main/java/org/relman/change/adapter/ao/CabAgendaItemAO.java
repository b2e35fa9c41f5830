package org.relman.change.adapter.ao;

import java.util.Date;
import net.java.ao.Entity;
import net.java.ao.Preload;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.Table;

/** An RFC on a CAB agenda. Table {@code AO_301B80_CAB_AGENDA_ITEM}. */
// every column, foreign keys too: AO leaves them out by default and would read each later, a query per row
@Preload({"ID", "AGENDA_ID", "RFC_ISSUE_ID", "SORT_ORDER", "ROUND_ID", "ADDED_AT"})
@Table("CabAgendaItem")
public interface CabAgendaItemAO extends Entity {
    String AGENDA_ID = "AGENDA_ID";
    String RFC_ISSUE_ID = "RFC_ISSUE_ID";
    String SORT_ORDER = "SORT_ORDER";

    @NotNull
    @Indexed
    CabAgendaAO getAgenda();
    void setAgenda(CabAgendaAO agenda);

    @NotNull
    @Indexed
    Long getRfcIssueId();
    void setRfcIssueId(Long issueId);

    int getSortOrder();
    void setSortOrder(int order);

    /** The round the meeting decided, for the minutes; null until then. */
    @Indexed
    CabRoundAO getRound();
    void setRound(CabRoundAO round);

    @NotNull
    Date getAddedAt();
    void setAddedAt(Date at);
}
