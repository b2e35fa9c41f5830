package org.relman.change.adapter.rest;

import com.atlassian.plugins.rest.api.security.annotation.LicensedOnly;
import java.util.List;
import javax.inject.Inject;
import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import org.relman.change.app.StandardChanges;
import org.relman.change.domain.StandardChange;

/** {@code /rest/relman/1.0/change/standard-changes}: the pre-approved standard change catalogue. */
@Path("change/standard-changes")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@LicensedOnly
public class StandardChangeResource {
    private final StandardChanges catalogue;

    @Inject
    public StandardChangeResource(StandardChanges catalogue) {
        this.catalogue = catalogue;
    }

    public record EntryJson(String code, String name, String description, String risk, boolean active, String createdAt, String createdBy) {
        static EntryJson of(StandardChange s) {
            return new EntryJson(s.code(), s.name(), s.description(), s.risk(), s.active(), Codes.time(s.createdAt()), s.createdBy());
        }
    }

    public record EntryRequest(String code, String name, String description, String risk) {
    }

    @GET
    public List<EntryJson> list() {
        return catalogue.list().stream().map(EntryJson::of).toList();
    }

    @POST
    public Response add(EntryRequest request) {
        EntryJson added = EntryJson.of(catalogue.add(request == null ? null
                : new StandardChanges.Input(request.code(), request.name(), request.description(), request.risk())));
        return Response.status(Response.Status.CREATED).entity(added).build();
    }

    /** Retired entries stay for the RFCs raised from them; new standard changes from them go to the CAB. */
    @POST
    @Path("{code}/retire")
    public EntryJson retire(@PathParam("code") String code) {
        return EntryJson.of(catalogue.setActive(code, false));
    }

    @POST
    @Path("{code}/reactivate")
    public EntryJson reactivate(@PathParam("code") String code) {
        return EntryJson.of(catalogue.setActive(code, true));
    }
}
