package org.relman.change.adapter.ao;

import java.util.Date;
import net.java.ao.Entity;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;

/** A deputy a CAB member named for a period. Table {@code AO_301B80_CAB_DEPUTY}. */
@Table("CabDeputy")
public interface CabDeputyAO extends Entity {
    String MEMBER_KEY = "MEMBER_KEY";
    String DEPUTY_KEY = "DEPUTY_KEY";
    String VALID_FROM = "VALID_FROM";
    String VALID_TO = "VALID_TO";

    @NotNull
    @Indexed
    @StringLength(255)
    String getMemberKey();
    void setMemberKey(String userKey);

    @NotNull
    @Indexed
    @StringLength(255)
    String getDeputyKey();
    void setDeputyKey(String userKey);

    @NotNull
    @Indexed
    Date getValidFrom();
    void setValidFrom(Date from);

    @NotNull
    @Indexed
    Date getValidTo();
    void setValidTo(Date to);
}
