package org.relman.dsl.adapter.ao;

import java.util.Date;
import net.java.ao.Entity;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

/** A change of a DSL entry's state. Table {@code AO_301B80_DSL_STATE_CHANGE}. */
@Table("DslStateChange")
public interface DslStateChangeAO extends Entity {
    String ENTRY_ID = "ENTRY_ID";
    String CHANGE_KEY = "CHANGE_KEY";

    @NotNull
    @Indexed
    DslEntryAO getEntry();
    void setEntry(DslEntryAO entry);

    /**
     * {@code <entry id>:<from state>} ({@code <entry id>:ADDED} for the first row). States only move
     * forward, so an entry leaves each state at most once: two librarians changing the same entry at
     * the same time cannot both succeed, and the history stays one line.
     */
    @NotNull
    @Unique
    @StringLength(64)
    String getChangeKey();
    void setChangeKey(String key);

    /** Null for the entry's first state. */
    @StringLength(32)
    String getFromState();
    void setFromState(String state);

    @NotNull
    @StringLength(32)
    String getToState();
    void setToState(String state);

    @NotNull
    @StringLength(255)
    String getChangedBy();
    void setChangedBy(String userKey);

    @NotNull
    Date getChangedAt();
    void setChangedAt(Date at);

    @StringLength(StringLength.UNLIMITED)
    String getChangeReason();
    void setChangeReason(String reason);
}
