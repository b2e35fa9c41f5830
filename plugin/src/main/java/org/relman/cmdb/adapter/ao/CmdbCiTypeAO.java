package org.relman.cmdb.adapter.ao;

import java.util.Date;
import net.java.ao.Entity;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

/** A CI type an admin configured; CI_TYPE of an item holds its code. Table {@code AO_301B80_CMDB_CI_TYPE}. */
@Table("CmdbCiType")
public interface CmdbCiTypeAO extends Entity {
    String CODE = "CODE";

    @NotNull
    @Unique
    @StringLength(64)
    String getCode();
    void setCode(String code);

    @NotNull
    @StringLength(255)
    String getName();
    void setName(String name);

    /** When an admin retired the type; {@code null} while it is in use. Retired types take no new items or relationships. */
    Date getRetiredAt();
    void setRetiredAt(Date at);
}
