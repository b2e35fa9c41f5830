package org.relman.dsl.adapter.rest;

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
import org.relman.dsl.app.StorageRoots;
import org.relman.dsl.domain.NewStorageRoot;
import org.relman.dsl.domain.StorageRoot;

/**
 * {@code /rest/relman/1.0/dsl/roots}: the directories the integrity check may read. The relman administrator
 * configures them; librarians may list them. The use case checks both.
 */
@Path("dsl/roots")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@LicensedOnly
public class DslRootResource {
    private final StorageRoots roots;

    @Inject
    public DslRootResource(StorageRoots roots) {
        this.roots = roots;
    }

    public record RootRequest(String path, String label) {
        NewStorageRoot.Input toInput() {
            return new NewStorageRoot.Input(path, label);
        }
    }

    public record RootResponse(long id, String path, String label) {
        static RootResponse of(StorageRoot root) {
            return new RootResponse(root.id(), root.path(), root.label());
        }
    }

    @GET
    public List<RootResponse> list() {
        return roots.list().stream().map(RootResponse::of).toList();
    }

    @POST
    public Response create(RootRequest request, @Context UriInfo uri) {
        StorageRoot created = roots.create(request == null ? null : request.toInput());
        URI location = uri.getAbsolutePathBuilder().path(Long.toString(created.id())).build();
        return Response.created(location).entity(RootResponse.of(created)).build();
    }

    @PUT
    @Path("{id}")
    public RootResponse update(@PathParam("id") long id, RootRequest request) {
        return RootResponse.of(roots.update(id, request == null ? null : request.toInput()));
    }

    @DELETE
    @Path("{id}")
    public Response delete(@PathParam("id") long id) {
        roots.delete(id);
        return Response.noContent().build();
    }
}
