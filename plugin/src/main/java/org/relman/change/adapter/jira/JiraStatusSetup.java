package org.relman.change.adapter.jira;

import com.atlassian.jira.config.StatusCategoryManager;
import com.atlassian.jira.config.StatusManager;
import com.atlassian.jira.issue.status.Status;
import com.atlassian.jira.issue.status.category.StatusCategory;
import java.util.Optional;
import javax.inject.Inject;
import javax.inject.Named;

/**
 * Creates the statuses of the RFC workflow that Jira lacks. Jira's status names are unique, so an
 * existing status of the same name (any case) is reused rather than duplicated.
 */
@Named
public class JiraStatusSetup {
    /** Jira's generic status icon; Jira 7+ draws statuses as lozenges and ignores it, but it may not be blank. */
    static final String ICON_URL = "/images/icons/statuses/generic.png";

    private final StatusManager statusManager;
    private final StatusCategoryManager statusCategoryManager;

    @Inject
    public JiraStatusSetup(StatusManager statusManager,
                           StatusCategoryManager statusCategoryManager) {
        this.statusManager = statusManager;
        this.statusCategoryManager = statusCategoryManager;
    }

    public void ensureAll(SetupReport report) {
        for (RfcStatus status : RfcStatus.values()) {
            if (find(status.statusName()).isPresent()) {
                report.found("status " + status.statusName());
                continue;
            }
            StatusCategory category = statusCategoryManager.getStatusCategoryByKey(status.categoryKey());
            if (category == null) {
                category = statusCategoryManager.getDefaultStatusCategory();
            }
            statusManager.createStatus(status.statusName(), status.description(), ICON_URL, category);
            report.created("status " + status.statusName());
        }
    }

    public Optional<Status> find(String name) {
        for (Status status : statusManager.getStatuses()) {
            if (status != null && name.equalsIgnoreCase(status.getName())) {
                return Optional.of(status);
            }
        }
        return Optional.empty();
    }
}
