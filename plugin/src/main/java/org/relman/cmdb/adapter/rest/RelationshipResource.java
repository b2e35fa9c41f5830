package org.relman.cmdb.adapter.rest;

import com.atlassian.plugins.rest.api.security.annotation.LicensedOnly;
import javax.inject.Inject;
import javax.ws.rs.Consumes;
import javax.ws.rs.DELETE;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import org.relman.cmdb.app.Relationships;

/**
 * {@code /rest/relman/1.0/cmdb/relationships}: add or remove a typed, directed relationship ("source type target",
 * the source relies on the target). Configuration managers only. A CI's relationships are read at
 * {@code /cmdb/items/{key}/relationships}.
 */
@Path("cmdb/relationships")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@LicensedOnly
public class RelationshipResource {
    private final Relationships relationships;

    @Inject
    public RelationshipResource(Relationships relationships) {
        this.relationships = relationships;
    }

    /** A relationship, and the release or RFC behind the change (optional). */
    public record RelationshipRequest(String source, String target, String type, String cause) {
    }

    @POST
    public Response add(RelationshipRequest request) {
        RelationshipRequest r = request == null ? new RelationshipRequest(null, null, null, null) : request;
        return Response.status(Response.Status.CREATED)
                .entity(CmdbViews.RelationshipResponse.of(relationships.add(r.source(), r.target(), r.type(), r.cause()))).build();
    }

    @DELETE
    public Response remove(RelationshipRequest request) {
        RelationshipRequest r = request == null ? new RelationshipRequest(null, null, null, null) : request;
        relationships.remove(r.source(), r.target(), r.type(), r.cause());
        return Response.noContent().build();
    }
}
