package org.relman.servicing.adapter.ao;

import java.util.Date;
import net.java.ao.Entity;
import net.java.ao.OneToMany;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

/** A serviced product line: its RTM baseline and update cadence. Table {@code AO_301B80_SVC_PRODUCT_LINE}. */
@Table("SvcProductLine")
public interface SvcProductLineAO extends Entity {
    String NAME = "NAME";

    @NotNull
    @Unique
    @StringLength(255)
    String getName();
    void setName(String name);

    @NotNull
    Date getRtmDate();
    void setRtmDate(Date date);

    /** Weeks between cumulative updates. */
    @NotNull
    int getCadenceWeeks();
    void setCadenceWeeks(int weeks);

    @OneToMany(reverse = "getProductLine")
    SvcUpdateAO[] getUpdates();
}
