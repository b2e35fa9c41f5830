package org.relman.host.ao;

import net.java.ao.Entity;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;

import java.util.Date;

/** A test entity shaped like the plugin's own: a plain interface, JavaBean accessors. */
public interface ChangeRequest extends Entity {

    @NotNull
    String getTitle();

    void setTitle(String title);

    String getState();

    void setState(String state);

    @StringLength(StringLength.UNLIMITED)
    String getDescription();

    void setDescription(String description);

    Date getPlannedDate();

    void setPlannedDate(Date plannedDate);

    int getPriority();

    void setPriority(int priority);
}
