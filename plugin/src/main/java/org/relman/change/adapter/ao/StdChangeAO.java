package org.relman.change.adapter.ao;

import java.util.Date;
import net.java.ao.Entity;
import net.java.ao.schema.Default;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

/** An entry of the pre-approved standard change catalogue. Table {@code AO_301B80_STD_CHANGE}. */
@Table("StdChange")
public interface StdChangeAO extends Entity {
    String CODE = "CODE";
    String ACTIVE = "ACTIVE";

    @NotNull
    @Unique
    @StringLength(64)
    String getCode();
    void setCode(String code);

    @NotNull
    @StringLength(255)
    String getName();
    void setName(String name);

    @StringLength(StringLength.UNLIMITED)
    String getDescription();
    void setDescription(String description);

    @StringLength(32)
    String getRisk();
    void setRisk(String risk);

    /** Retired entries stay, so that the RFCs raised from them keep their reference. */
    @NotNull
    @Default("true")
    boolean isActive();
    void setActive(boolean active);

    @NotNull
    Date getCreatedAt();
    void setCreatedAt(Date at);

    @StringLength(255)
    String getCreatedBy();
    void setCreatedBy(String userKey);
}
