package org.relman.change.adapter.jira;

/**
 * The statuses of the RFC life (requirements §1.2), in the order of the RFC workflow
 * ({@code workflows/relman-rfc-workflow.xml}). relman creates any that Jira lacks on enable and
 * reuses an existing status of the same name (Jira's own "Closed", for instance). The category key
 * is Jira's status category: new (to do), indeterminate (in progress) or done.
 */
public enum RfcStatus {
    DRAFT("Draft", "new", "The requester is still writing the RFC."),
    SUBMITTED("Submitted", "new", "Filed for change management; a voting round is open."),
    UNDER_CAB_REVIEW("Under CAB Review", "indeterminate", "The Change Advisory Board is deciding."),
    APPROVED("Approved", "indeterminate", "The CAB approved the change, or it is a pre-approved standard change."),
    REJECTED("Rejected", "done", "The CAB rejected the change."),
    MORE_INFORMATION_NEEDED("More Information Needed", "new", "The CAB asked the requester for more information."),
    SCHEDULED("Scheduled", "indeterminate", "Scheduled into a release."),
    IMPLEMENTED("Implemented", "indeterminate", "The release carrying the change was deployed."),
    CHANGE_REVIEW("Change Review", "indeterminate", "Reviewing how the change went."),
    CLOSED("Closed", "done", "Done.");

    private final String statusName;
    private final String categoryKey;
    private final String description;

    RfcStatus(String statusName, String categoryKey, String description) {
        this.statusName = statusName;
        this.categoryKey = categoryKey;
        this.description = description;
    }

    public String statusName() {
        return statusName;
    }

    public String categoryKey() {
        return categoryKey;
    }

    public String description() {
        return description;
    }
}
