package org.relman.change.adapter.web;

import com.atlassian.plugin.web.Condition;
import java.util.Map;
import javax.inject.Inject;
import org.relman.change.app.RfcDetails;
import org.relman.platform.adapter.web.ViewedIssues;

/** Shows a view-issue fragment (the CAB panel) only on RFCs: issues relman holds RFC fields for. */
public class IsRfcCondition implements Condition {
    private final ViewedIssues issues;
    private final RfcDetails details;

    @Inject
    public IsRfcCondition(ViewedIssues issues, RfcDetails details) {
        this.issues = issues;
        this.details = details;
    }

    @Override
    public void init(Map<String, String> params) {
        // no parameters: an issue is an RFC or it is not
    }

    @Override
    public boolean shouldDisplay(Map<String, Object> context) {
        return issues.issueIn(context).flatMap(details::find).isPresent();
    }
}
