package org.relman.cmdb.adapter.rest;

import com.atlassian.plugins.rest.api.security.annotation.LicensedOnly;
import java.net.URI;
import java.util.List;
import javax.inject.Inject;
import javax.ws.rs.Consumes;
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
import org.relman.cmdb.app.CmdbTypes;

/**
 * {@code /rest/relman/1.0/cmdb/ci-types} and {@code /cmdb/relationship-types}: listed for CMDB readers, configured
 * (create, rename, retire, reinstate) by the relman administrator. Types are never deleted.
 */
@Path("cmdb")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@LicensedOnly
public class CmdbTypeResource {
    private final CmdbTypes types;

    @Inject
    public CmdbTypeResource(CmdbTypes types) {
        this.types = types;
    }

    /** A new type, or a change to one: {@code null} fields stay as they are. */
    public record TypeRequest(String code, String name, String inverseName, Boolean retired) {
    }

    @GET
    @Path("ci-types")
    public List<CmdbViews.CiTypeResponse> ciTypes() {
        return types.ciTypes().stream().map(CmdbViews.CiTypeResponse::of).toList();
    }

    @POST
    @Path("ci-types")
    public Response createCiType(TypeRequest request, @Context UriInfo uri) {
        TypeRequest r = request == null ? new TypeRequest(null, null, null, null) : request;
        CmdbViews.CiTypeResponse created = CmdbViews.CiTypeResponse.of(types.createCiType(r.code(), r.name()));
        URI location = uri.getAbsolutePathBuilder().path(created.code()).build();
        return Response.created(location).entity(created).build();
    }

    @PUT
    @Path("ci-types/{code}")
    public CmdbViews.CiTypeResponse changeCiType(@PathParam("code") String code, TypeRequest request) {
        TypeRequest r = request == null ? new TypeRequest(null, null, null, null) : request;
        return CmdbViews.CiTypeResponse.of(types.changeCiType(code, r.name(), r.retired()));
    }

    @GET
    @Path("relationship-types")
    public List<CmdbViews.RelationshipTypeResponse> relationshipTypes() {
        return types.relationshipTypes().stream().map(CmdbViews.RelationshipTypeResponse::of).toList();
    }

    @POST
    @Path("relationship-types")
    public Response createRelationshipType(TypeRequest request, @Context UriInfo uri) {
        TypeRequest r = request == null ? new TypeRequest(null, null, null, null) : request;
        CmdbViews.RelationshipTypeResponse created = CmdbViews.RelationshipTypeResponse.of(
                types.createRelationshipType(r.code(), r.name(), r.inverseName()));
        URI location = uri.getAbsolutePathBuilder().path(created.code()).build();
        return Response.created(location).entity(created).build();
    }

    @PUT
    @Path("relationship-types/{code}")
    public CmdbViews.RelationshipTypeResponse changeRelationshipType(@PathParam("code") String code, TypeRequest request) {
        TypeRequest r = request == null ? new TypeRequest(null, null, null, null) : request;
        return CmdbViews.RelationshipTypeResponse.of(types.changeRelationshipType(code, r.name(), r.inverseName(), r.retired()));
    }
}
