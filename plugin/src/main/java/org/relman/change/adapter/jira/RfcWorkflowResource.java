package org.relman.change.adapter.jira;

import com.atlassian.plugins.rest.api.security.annotation.AdminOnly;
import javax.inject.Inject;
import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.core.Response;

/**
 * {@code GET /rest/relman/1.0/jira/rfc-workflow}: the RFC workflow XML with this Jira's status ids,
 * as a download for Administration &gt; Issues &gt; Workflows &gt; Import from XML. Jira admins only.
 */
@Path("jira/rfc-workflow")
@AdminOnly
public class RfcWorkflowResource {
    private final RfcWorkflowXml workflow;

    @Inject
    public RfcWorkflowResource(RfcWorkflowXml workflow) {
        this.workflow = workflow;
    }

    @GET
    @Produces("application/xml")
    public Response download() {
        return Response.ok(workflow.forThisJira())
                .header("Content-Disposition", "attachment; filename=\"relman-rfc-workflow.xml\"")
                .build();
    }
}
