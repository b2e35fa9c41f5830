package org.relman.servicing.adapter.ao;

import java.util.Date;
import net.java.ao.Entity;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;

/** A fix delivered privately to one customer ahead of an update. Table {@code AO_301B80_SVC_PRIVATE_FIX}. */
@Table("SvcPrivateFix")
public interface SvcPrivateFixAO extends Entity {
    String PRODUCT_LINE_ID = "PRODUCT_LINE_ID";
    String CUSTOMER = "CUSTOMER";
    String ISSUE_ID = "ISSUE_ID";
    String SUPERSEDED_BY_ID = "SUPERSEDED_BY_ID";

    @NotNull
    @Indexed
    SvcProductLineAO getProductLine();
    void setProductLine(SvcProductLineAO productLine);

    @NotNull
    @Indexed
    @StringLength(255)
    String getCustomer();
    void setCustomer(String customer);

    @NotNull
    @Indexed
    Long getIssueId();
    void setIssueId(Long issueId);

    Date getDeliveredAt();
    void setDeliveredAt(Date at);

    /** The cumulative update that contains the fix; null while the private fix is outstanding. */
    @Indexed
    SvcUpdateAO getSupersededBy();
    void setSupersededBy(SvcUpdateAO update);

    /** When the customer was told to move to that update. */
    Date getCustomerNotifiedAt();
    void setCustomerNotifiedAt(Date at);
}
