package org.relman.cmdb.adapter.ao;

import net.java.ao.Entity;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;

/** A free attribute of a configuration item ("os" = "RHEL 9"). Table {@code AO_301B80_CMDB_ITEM_ATTR}. */
@Table("CmdbItemAttr")
public interface CmdbItemAttrAO extends Entity {
    String ITEM_ID = "ITEM_ID";

    @NotNull
    CmdbItemAO getItem();
    void setItem(CmdbItemAO item);

    @NotNull
    @StringLength(64)
    String getName();
    void setName(String name);

    @StringLength(450)
    String getAttrValue();
    void setAttrValue(String value);
}
