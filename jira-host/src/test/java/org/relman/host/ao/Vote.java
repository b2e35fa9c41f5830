package org.relman.host.ao;

import net.java.ao.Entity;
import net.java.ao.schema.Table;

/** A test entity with a {@code @Table} name and a relation. */
@Table("CabVote")
public interface Vote extends Entity {

    ChangeRequest getChangeRequest();

    void setChangeRequest(ChangeRequest changeRequest);

    String getVoter();

    void setVoter(String voter);

    boolean isApproved();

    void setApproved(boolean approved);
}
