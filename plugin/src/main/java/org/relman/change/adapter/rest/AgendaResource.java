package org.relman.change.adapter.rest;

import com.atlassian.plugins.rest.api.security.annotation.LicensedOnly;
import java.net.URI;
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
import org.relman.change.app.Agendas;
import org.relman.platform.domain.InvalidInputException;

/**
 * {@code /rest/relman/1.0/change/agendas}: CAB meeting agendas, freezing them, and their minutes (Markdown by
 * default, JSON with {@code ?format=json}).
 */
@Path("change/agendas")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@LicensedOnly
public class AgendaResource {
    static final String MARKDOWN = "text/markdown;charset=UTF-8";

    private final Agendas agendas;

    @Inject
    public AgendaResource(Agendas agendas) {
        this.agendas = agendas;
    }

    @POST
    public Response create(AgendaJson.AgendaRequest request, @Context UriInfo uri) {
        AgendaJson created = AgendaJson.of(agendas.create(request == null ? null
                : new Agendas.AgendaInput(request.cabId(), request.title(), request.meetingAt())));
        URI location = uri.getAbsolutePathBuilder().path(String.valueOf(created.id())).build();
        return Response.created(location).entity(created).build();
    }

    @GET
    @Path("{id}")
    public AgendaJson get(@PathParam("id") long id) {
        return AgendaJson.of(agendas.get(id));
    }

    /** Freezes the agenda's items for the meeting; the body may be empty JSON ({@code {}}). */
    @POST
    @Path("{id}/freeze")
    public AgendaJson freeze(@PathParam("id") long id) {
        return AgendaJson.of(agendas.freeze(id));
    }

    @GET
    @Path("{id}/minutes")
    @Produces({MARKDOWN, MediaType.APPLICATION_JSON})
    public Response minutes(@PathParam("id") long id, @QueryParam("format") @DefaultValue("markdown") String format) {
        if (!format.equals("markdown") && !format.equals("json")) {
            throw new InvalidInputException("format", "format must be markdown or json.");
        }
        Agendas.AgendaView minutes = agendas.minutes(id);
        if (format.equals("json")) {
            return Response.ok(AgendaJson.of(minutes), MediaType.APPLICATION_JSON_TYPE).build();
        }
        return Response.ok(MinutesMarkdown.of(minutes), MARKDOWN)
                .header("Content-Disposition", "attachment; filename=\"cab-minutes-" + id + ".md\"").build();
    }
}
