package org.relman.cmdb.adapter.rest;

import com.atlassian.plugins.rest.api.security.annotation.LicensedOnly;
import java.util.List;
import javax.inject.Inject;
import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.MediaType;
import org.relman.cmdb.app.ImpactAnalysis;
import org.relman.cmdb.domain.ImpactReport;

/**
 * {@code /rest/relman/1.0/cmdb/impact}: impact analysis for CMDB readers. GET for a few CIs
 * ({@code ?key=A&key=B&direction=downstream&depth=3&limit=1000}), POST with the same fields as JSON for many.
 */
@Path("cmdb/impact")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@LicensedOnly
public class ImpactResource {
    private final ImpactAnalysis analysis;

    @Inject
    public ImpactResource(ImpactAnalysis analysis) {
        this.analysis = analysis;
    }

    public record ImpactRequest(List<String> keys, String direction, Integer depth, Integer limit) {
    }

    public record ImpactedResponse(String key, String name, String type, String environment, String status, int depth,
                                   List<String> path, List<String> via) {
    }

    public record LinkResponse(String source, String target, String type) {
    }

    public record ImpactResponse(String direction, int depth, int limit, List<CmdbViews.CiSummaryResponse> changed,
                                 int count, boolean truncated, List<ImpactedResponse> impacted,
                                 List<LinkResponse> relationships) {
        static ImpactResponse of(ImpactReport report) {
            List<ImpactedResponse> impacted = report.impacted().stream().map(i -> {
                CmdbViews.CiSummaryResponse ci = CmdbViews.CiSummaryResponse.of(i.ci());
                return new ImpactedResponse(ci.key(), ci.name(), ci.type(), ci.environment(), ci.status(), i.depth(), i.path(), i.via());
            }).toList();
            return new ImpactResponse(report.direction().code(), report.depth(), report.limit(),
                    report.changed().stream().map(CmdbViews.CiSummaryResponse::of).toList(), impacted.size(), report.truncated(),
                    impacted, report.relationships().stream().map(l -> new LinkResponse(l.source(), l.target(), l.type())).toList());
        }
    }

    @GET
    public ImpactResponse get(@QueryParam("key") List<String> keys, @QueryParam("direction") String direction,
                              @QueryParam("depth") Integer depth, @QueryParam("limit") Integer limit) {
        return ImpactResponse.of(analysis.impact(keys, direction, depth, limit));
    }

    @POST
    public ImpactResponse post(ImpactRequest request) {
        ImpactRequest r = request == null ? new ImpactRequest(null, null, null, null) : request;
        return ImpactResponse.of(analysis.impact(r.keys(), r.direction(), r.depth(), r.limit()));
    }
}
