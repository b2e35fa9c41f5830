package org.relman.change.adapter.web;

import com.atlassian.webresource.api.assembler.PageBuilderService;
import java.util.List;
import javax.inject.Inject;
import org.relman.change.app.ChangeAccess;
import org.relman.change.app.RfcLookup;
import org.relman.change.app.RfcOnIssue;
import org.relman.platform.adapter.web.IssuePanel;
import org.relman.platform.adapter.web.RelmanWeb;
import org.relman.platform.adapter.web.ViewedIssues;
import org.relman.platform.domain.IssueRef;

/**
 * The CAB panel on an RFC's issue view ({@code templates/change/cab-panel.vm}, script
 * {@code web/change/cab-panel.js}). The template is a frame: the script reads the panel's state from
 * {@code GET /change/rfcs/{key}/cab-panel} (which checks what the viewer may see and do) and renders every
 * person, comment and reason as text. Here only the RFC is looked up, so an issue without RFC fields shows
 * why instead of a broken panel; the state is built once per view, by the REST call, not twice.
 */
public class CabIssuePanel extends IssuePanel {
    static final String TEMPLATE = "templates/change/cab-panel.vm";
    static final String RESOURCES = "cab-panel-resources";

    private final ChangeAccess access;
    private final RfcLookup rfcs;

    @Inject
    public CabIssuePanel(ViewedIssues issues, PageBuilderService pageBuilder, ChangeAccess access, RfcLookup rfcs) {
        super(issues, pageBuilder);
        this.access = access;
        this.rfcs = rfcs;
    }

    /** @param restPath relman's REST path below Jira's context path (the script adds the context path) */
    record CabPanelView(String rfcKey, String restPath) {
    }

    @Override
    protected List<String> webResources() {
        return List.of(RESOURCES);
    }

    @Override
    protected Record view(IssueRef issue) {
        access.requireUser();
        RfcOnIssue rfc = rfcs.of(issue);
        return new CabPanelView(rfc.key(), RelmanWeb.REST_PATH);
    }
}
