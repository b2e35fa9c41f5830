package org.relman.change.adapter.rest;

import com.atlassian.plugins.rest.api.security.annotation.LicensedOnly;
import java.net.URI;
import java.util.List;
import javax.inject.Inject;
import javax.ws.rs.Consumes;
import javax.ws.rs.DELETE;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.PUT;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.UriInfo;
import org.relman.change.app.Agendas;
import org.relman.change.app.CabAdministration;

/**
 * {@code /rest/relman/1.0/change/cabs}: CABs, their members and rules, and the RFCs awaiting each. Reading
 * needs a login; changing needs a change manager or a relman administrator (checked by the use case).
 */
@Path("change/cabs")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@LicensedOnly
public class CabResource {
    private final CabAdministration cabs;
    private final Agendas agendas;

    @Inject
    public CabResource(CabAdministration cabs, Agendas agendas) {
        this.cabs = cabs;
        this.agendas = agendas;
    }

    @GET
    public List<CabJson> list() {
        return cabs.list().stream().map(CabJson::of).toList();
    }

    @POST
    public Response create(CabJson.CabRequest request, @Context UriInfo uri) {
        CabJson created = CabJson.of(cabs.create(request == null ? null : request.toInput()));
        URI location = uri.getAbsolutePathBuilder().path(String.valueOf(created.id())).build();
        return Response.created(location).entity(created).build();
    }

    @GET
    @Path("{id}")
    public CabJson get(@PathParam("id") long id) {
        return CabJson.of(cabs.get(id));
    }

    @PUT
    @Path("{id}")
    public CabJson update(@PathParam("id") long id, CabJson.CabRequest request) {
        return CabJson.of(cabs.update(id, request == null ? null : request.toInput()));
    }

    @DELETE
    @Path("{id}")
    public Response delete(@PathParam("id") long id) {
        cabs.delete(id);
        return Response.noContent().build();
    }

    /** The CAB's RFCs awaiting a decision now, as an unsaved agenda. */
    @GET
    @Path("{id}/awaiting")
    public AgendaJson awaiting(@PathParam("id") long id) {
        return AgendaJson.of(agendas.awaiting(id));
    }

    /** The CAB's meeting agendas, newest first (without their items). */
    @GET
    @Path("{id}/agendas")
    public List<AgendaJson.Summary> agendas(@PathParam("id") long id) {
        return agendas.list(id).stream().map(AgendaJson.Summary::of).toList();
    }
}
