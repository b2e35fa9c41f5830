package org.relman.change.adapter.rest;

import com.atlassian.plugins.rest.api.security.annotation.LicensedOnly;
import java.net.URI;
import java.util.List;
import javax.inject.Inject;
import javax.ws.rs.Consumes;
import javax.ws.rs.DELETE;
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
import org.relman.change.adapter.rest.PanelJson.UserJson;
import org.relman.change.app.Deputies;

/** {@code /rest/relman/1.0/change/deputies}: who votes in a member's place, and when. */
@Path("change/deputies")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@LicensedOnly
public class DeputyResource {
    private final Deputies deputies;

    @Inject
    public DeputyResource(Deputies deputies) {
        this.deputies = deputies;
    }

    /** @param member login name of the member; omitted for oneself. Times: ISO-8601 dates or instants. */
    public record DeputyRequest(String member, String deputy, String from, String to) {
    }

    public record DeputyJson(long id, UserJson member, UserJson deputy, String from, String to, boolean activeNow) {
        static DeputyJson of(Deputies.DeputyView v) {
            return new DeputyJson(v.deputy().id(), UserJson.of(v.member()), UserJson.of(v.deputyUser()),
                    Codes.time(v.deputy().validFrom()), Codes.time(v.deputy().validTo()), v.activeNow());
        }
    }

    @GET
    public List<DeputyJson> list(@QueryParam("member") String member) {
        return deputies.list(member).stream().map(DeputyJson::of).toList();
    }

    @POST
    public Response add(DeputyRequest request, @Context UriInfo uri) {
        DeputyJson added = DeputyJson.of(deputies.add(request == null ? null
                : new Deputies.DeputyInput(request.member(), request.deputy(), request.from(), request.to())));
        URI location = uri.getAbsolutePathBuilder().path(String.valueOf(added.id())).build();
        return Response.created(location).entity(added).build();
    }

    @DELETE
    @Path("{id}")
    public Response remove(@PathParam("id") long id) {
        deputies.remove(id);
        return Response.noContent().build();
    }
}
