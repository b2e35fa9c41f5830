package org.relman.cmdb.adapter.web;

import com.atlassian.plugin.web.Condition;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import javax.inject.Inject;
import org.relman.platform.adapter.web.ViewedIssues;

/** Shows a fragment only on RFC and Release issues, the two kinds of issue that affect configuration items. */
public class RfcOrReleaseCondition implements Condition {
    static final String RFC = "RFC";
    static final String RELEASE = "Release";
    private static final Set<String> TYPES = Set.of("rfc", "release");

    private final ViewedIssues issues;

    @Inject
    public RfcOrReleaseCondition(ViewedIssues issues) {
        this.issues = issues;
    }

    @Override
    public void init(Map<String, String> params) {
        // the two issue types are relman's own (created by its upgrade tasks), not configured per panel
    }

    @Override
    public boolean shouldDisplay(Map<String, Object> context) {
        return issues.issueIn(context).map(i -> TYPES.contains(i.issueType().toLowerCase(Locale.ROOT))).orElse(false);
    }
}
