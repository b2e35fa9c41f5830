package org.relman.dsl.adapter.rest;

import com.atlassian.plugins.rest.api.security.annotation.LicensedOnly;
import java.net.URI;
import java.util.List;
import javax.inject.Inject;
import javax.ws.rs.Consumes;
import javax.ws.rs.DefaultValue;
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
import org.relman.dsl.adapter.rest.EntryJson.CopyResponse;
import org.relman.dsl.adapter.rest.EntryJson.EntryDetailResponse;
import org.relman.dsl.adapter.rest.EntryJson.EntryRequest;
import org.relman.dsl.adapter.rest.EntryJson.EntryResponse;
import org.relman.dsl.app.DslEntries;
import org.relman.dsl.domain.DslCopy;
import org.relman.dsl.domain.DslEntryDetail;

/**
 * {@code /rest/relman/1.0/dsl/entries}: the Definitive Software Library's entries. The use case checks the
 * permission (CMDB reader to read, DSL librarian to change) and every rule; this class only translates HTTP.
 */
@Path("dsl/entries")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@LicensedOnly
public class DslEntryResource {
    private final DslEntries entries;

    @Inject
    public DslEntryResource(DslEntries entries) {
        this.entries = entries;
    }

    public record CopyRequest(String location) {
    }

    /** {@code to}: approved, in_production or retired; {@code reason} is required to retire. */
    public record TransitionRequest(String to, String reason) {
    }

    @GET
    public List<EntryResponse> search(@QueryParam("q") String text, @QueryParam("state") String state,
                                      @QueryParam("kind") String kind, @QueryParam("release") String release,
                                      @QueryParam("start") @DefaultValue("0") int start,
                                      @QueryParam("limit") @DefaultValue("50") int limit) {
        return entries.search(new DslEntries.SearchInput(text, state, kind, release, start, limit)).stream()
                .map(EntryResponse::of).toList();
    }

    @GET
    @Path("{id}")
    public EntryDetailResponse get(@PathParam("id") long id) {
        return EntryDetailResponse.of(entries.get(id));
    }

    @POST
    public Response add(EntryRequest request, @Context UriInfo uri) {
        DslEntryDetail added = entries.add(request == null ? null : request.toInput());
        URI location = uri.getAbsolutePathBuilder().path(Long.toString(added.entry().id())).build();
        return Response.created(location).entity(EntryDetailResponse.of(added)).build();
    }

    @POST
    @Path("{id}/copies")
    public Response addCopy(@PathParam("id") long id, CopyRequest request) {
        DslCopy copy = entries.addCopy(id, request == null ? null : request.location());
        return Response.status(Response.Status.CREATED).entity(CopyResponse.of(copy)).build();
    }

    @POST
    @Path("{id}/transitions")
    public EntryDetailResponse transition(@PathParam("id") long id, TransitionRequest request) {
        return EntryDetailResponse.of(entries.changeState(id, request == null ? null : request.to(),
                request == null ? null : request.reason()));
    }
}
