package org.relman.cmdb.adapter.rest;

import com.atlassian.plugins.rest.api.security.annotation.LicensedOnly;
import java.io.InputStream;
import java.net.URI;
import java.util.List;
import javax.inject.Inject;
import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.UriInfo;
import org.relman.cmdb.app.CmdbImports;
import org.relman.cmdb.domain.imports.ImportJob;
import org.relman.cmdb.domain.imports.ImportState;

/**
 * {@code /rest/relman/1.0/cmdb/import}: CSV bulk import for configuration managers. The body is the file itself
 * ({@code Content-Type: text/csv}); Jira treats such a POST as a possible cross-site request forgery unless it
 * carries {@code X-Atlassian-Token: no-check}, which scripts must send. A small file answers 200 (imported) or 400
 * (rejected, with the report); a large one, or any with {@code ?async=true}, answers 202 with the job to poll.
 */
@Path("cmdb/import")
@Produces(MediaType.APPLICATION_JSON)
@LicensedOnly
public class ImportResource {
    public static final String CSV = "text/csv";

    private final CmdbImports imports;

    @Inject
    public ImportResource(CmdbImports imports) {
        this.imports = imports;
    }

    public record ErrorResponse(int row, String column, String message) {
    }

    public record JobResponse(long id, String kind, String state, boolean stalled, String message, long rowsRead,
                              long rowsWritten, long created, long updated, long unchanged, long errorCount,
                              List<ErrorResponse> errors, String createdBy, String createdAt, String updatedAt,
                              String finishedAt) {
        static JobResponse of(ImportJob job) {
            return new JobResponse(job.id(), job.kind().code(), job.state().code(), job.stalledAt(java.time.Instant.now()),
                    job.message(), job.counts().rowsRead(), job.counts().rowsWritten(), job.counts().created(),
                    job.counts().updated(), job.counts().unchanged(), job.errorCount(),
                    job.errors().stream().map(e -> new ErrorResponse(e.row(), e.column(), e.message())).toList(),
                    job.createdBy(), job.createdAt().toString(), job.updatedAt().toString(),
                    job.finishedAt() == null ? null : job.finishedAt().toString());
        }
    }

    @POST
    @Path("items")
    @Consumes(CSV)
    public Response importItems(InputStream csv, @QueryParam("cause") String cause, @QueryParam("async") boolean async,
                                @Context UriInfo uri) {
        return answer(imports.importItems(csv, cause, async), uri);
    }

    @POST
    @Path("relationships")
    @Consumes(CSV)
    public Response importRelationships(InputStream csv, @QueryParam("cause") String cause, @QueryParam("async") boolean async,
                                        @Context UriInfo uri) {
        return answer(imports.importRelationships(csv, cause, async), uri);
    }

    @GET
    @Path("{jobId}")
    public JobResponse job(@PathParam("jobId") long jobId) {
        return JobResponse.of(imports.job(jobId));
    }

    private static Response answer(CmdbImports.Started started, UriInfo uri) {
        JobResponse job = JobResponse.of(started.job());
        if (started.background()) {
            URI location = uri.getBaseUriBuilder().path(ImportResource.class).path(String.valueOf(job.id())).build();
            return Response.accepted(job).location(location).build();
        }
        Response.Status status = started.job().state() == ImportState.DONE ? Response.Status.OK : Response.Status.BAD_REQUEST;
        return Response.status(status).entity(job).build();
    }
}
