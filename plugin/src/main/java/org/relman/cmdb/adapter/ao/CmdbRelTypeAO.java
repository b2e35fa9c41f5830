package org.relman.cmdb.adapter.ao;

import java.util.Date;
import net.java.ao.Entity;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

/** A relationship type an admin configured ("depends on" / "is needed by"). Table {@code AO_301B80_CMDB_REL_TYPE}. */
@Table("CmdbRelType")
public interface CmdbRelTypeAO extends Entity {
    String CODE = "CODE";

    @NotNull
    @Unique
    @StringLength(64)
    String getCode();
    void setCode(String code);

    /** Read from source to target: "app-1 depends on db-1". */
    @NotNull
    @StringLength(255)
    String getName();
    void setName(String name);

    /** Read from target to source: "db-1 is needed by app-1". */
    @NotNull
    @StringLength(255)
    String getInverseName();
    void setInverseName(String name);

    /** When an admin retired the type; {@code null} while it is in use. Retired types take no new items or relationships. */
    Date getRetiredAt();
    void setRetiredAt(Date at);
}
