package org.relman.cmdb.adapter.rest;

import com.atlassian.plugins.rest.api.security.annotation.LicensedOnly;
import java.util.List;
import javax.inject.Inject;
import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.PUT;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.core.MediaType;
import org.relman.cmdb.app.AffectedCis;

/** {@code /rest/relman/1.0/cmdb/issues/{issueKey}/affected-cis}: the CIs an RFC or a Release affects. */
@Path("cmdb/issues/{issueKey}/affected-cis")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@LicensedOnly
public class AffectedCiResource {
    private final AffectedCis affected;

    @Inject
    public AffectedCiResource(AffectedCis affected) {
        this.affected = affected;
    }

    /** The whole list of affected CIs' keys; it replaces the list the issue had. */
    public record AffectedCisRequest(List<String> keys) {
    }

    @GET
    public List<CmdbViews.AffectedCiResponse> get(@PathParam("issueKey") String issueKey) {
        return affected.of(issueKey).stream().map(CmdbViews.AffectedCiResponse::of).toList();
    }

    @PUT
    public List<CmdbViews.AffectedCiResponse> put(@PathParam("issueKey") String issueKey, AffectedCisRequest request) {
        return affected.replace(issueKey, request == null ? null : request.keys()).stream()
                .map(CmdbViews.AffectedCiResponse::of).toList();
    }
}
