package org.relman.cmdb.adapter.ao;

import java.util.Date;
import net.java.ao.Entity;
import net.java.ao.OneToMany;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

/** A configuration item. Table {@code AO_301B80_CMDB_ITEM}. */
@Table("CmdbItem")
public interface CmdbItemAO extends Entity {
    String CI_KEY = "CI_KEY";
    String SEARCH_TEXT = "SEARCH_TEXT";
    String CI_TYPE = "CI_TYPE";
    String ENVIRONMENT = "ENVIRONMENT";

    @NotNull
    @Unique
    @StringLength(64)
    String getCiKey();
    void setCiKey(String key);

    @NotNull
    @StringLength(255)
    String getName();
    void setName(String name);

    /** Lower-cased key and name, so that text search needs no function on the column. */
    @Indexed
    @StringLength(450)
    String getSearchText();
    void setSearchText(String text);

    @NotNull
    @Indexed
    @StringLength(64)
    String getCiType();
    void setCiType(String type);

    @Indexed
    @StringLength(64)
    String getEnvironment();
    void setEnvironment(String environment);

    @StringLength(255)
    String getOwner();
    void setOwner(String owner);

    @NotNull
    @StringLength(20)
    String getStatus();
    void setStatus(String status);

    @StringLength(100)
    String getCiVersion();
    void setCiVersion(String version);

    @NotNull
    Date getCreatedAt();
    void setCreatedAt(Date at);

    @StringLength(255)
    String getCreatedBy();
    void setCreatedBy(String userKey);

    @NotNull
    Date getUpdatedAt();
    void setUpdatedAt(Date at);

    @OneToMany(reverse = "getItem")
    CmdbItemAttrAO[] getAttributes();
}
