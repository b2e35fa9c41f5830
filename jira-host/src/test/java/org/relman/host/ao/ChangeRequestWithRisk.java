package org.relman.host.ao;

import net.java.ao.Entity;
import net.java.ao.schema.Table;

/** The next version of {@link ChangeRequest}'s table: same name, one more column. */
@Table("ChangeRequest")
public interface ChangeRequestWithRisk extends Entity {

    String getTitle();

    void setTitle(String title);

    String getRisk();

    void setRisk(String risk);
}
