package org.relman.cmdb.adapter.web;

import com.atlassian.webresource.api.assembler.PageBuilderService;
import java.util.List;
import javax.inject.Inject;
import org.relman.platform.adapter.web.IssuePanel;
import org.relman.platform.adapter.web.RelmanWeb;
import org.relman.platform.adapter.web.ViewedIssues;
import org.relman.platform.app.AccessGuard;
import org.relman.platform.domain.IssueRef;
import org.relman.platform.domain.RelmanRole;

/**
 * The "Affected CIs and impact" panel on RFC and Release issues. The panel is a frame: affected-cis.js reads
 * {@code /cmdb/issues/{key}/affected-cis} and {@code /cmdb/impact} with the viewer's permissions, shows the CIs and
 * their impact as text, and saves the picker's choice with {@code PUT} (the use case checks who may). On a release it
 * also links to the release's package on the DSL page, where librarians place it ("place the release package in the
 * DSL and update the CMDB"); the DSL page decides who may.
 */
public class AffectedCisPanel extends IssuePanel {

    static final String RESOURCES = "cmdb-affected-cis-resources";

    private final AccessGuard access;

    @Inject
    public AffectedCisPanel(ViewedIssues issues, PageBuilderService pageBuilder, AccessGuard access) {
        super(issues, pageBuilder);
        this.access = access;
    }

    /**
     * The issue's key and where the REST API, the CMDB browser and (for releases) the DSL page's release package
     * are; the script fetches the rest.
     */
    record AffectedCisView(String issueKey, String restPath, String browserPath, boolean release, String dslPath) {
    }

    @Override
    protected List<String> webResources() {
        return List.of(RESOURCES);
    }

    @Override
    protected Record view(IssueRef issue) {
        access.requireRole(RelmanRole.CMDB_READER, "read the CMDB");
        return new AffectedCisView(issue.key(), RelmanWeb.REST_PATH, "/plugins/servlet/relman/cmdb",
                RfcOrReleaseCondition.RELEASE.equalsIgnoreCase(issue.issueType()), "/plugins/servlet/relman/dsl");
    }
}
