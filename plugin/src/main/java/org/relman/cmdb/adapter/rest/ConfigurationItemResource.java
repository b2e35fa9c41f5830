package org.relman.cmdb.adapter.rest;

import com.atlassian.plugins.rest.api.security.annotation.LicensedOnly;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.inject.Inject;
import javax.ws.rs.Consumes;
import javax.ws.rs.DefaultValue;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.PUT;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.UriInfo;
import org.relman.cmdb.app.ConfigurationItems;
import org.relman.cmdb.app.Relationships;
import org.relman.cmdb.domain.CiEdit;
import org.relman.cmdb.domain.CiSearch;
import org.relman.cmdb.domain.ConfigurationItem;
import org.relman.cmdb.domain.NewConfigurationItem;

/**
 * {@code /rest/relman/1.0/cmdb/items}: configuration items, their history and relationships. The resource only
 * translates HTTP; the use cases check permissions (CMDB reader to read, configuration manager to change) and rules.
 * Jira lets only logged-in, licensed users through; the use case refuses the rest with a reason.
 */
@Path("cmdb/items")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@LicensedOnly
public class ConfigurationItemResource {
    private final ConfigurationItems items;
    private final Relationships relationships;

    @Inject
    public ConfigurationItemResource(ConfigurationItems items, Relationships relationships) {
        this.items = items;
        this.relationships = relationships;
    }

    /** What a client sends to create an item; every field is checked by the domain's rules. */
    public record CiRequest(String key, String name, String type, String environment, String owner,
                            String status, String version, Map<String, String> attributes, String cause) {
        NewConfigurationItem.Input toInput() {
            return new NewConfigurationItem.Input(key, name, type, environment, owner, status, version, attributes);
        }

        /** Fields left out stay as they are; an empty text clears an optional field; attributes, when sent, replace all. */
        CiEdit toEdit() {
            return new CiEdit(name, type, environment, owner, status, version, attributes, true);
        }
    }

    /** What a client sends to retire an item. */
    public record RetireRequest(String cause) {
    }

    /** What a client reads back. */
    public record CiResponse(String key, String name, String type, String environment, String owner,
                             String status, String version, Map<String, String> attributes,
                             String createdAt, String createdBy, String updatedAt) {
        static CiResponse of(ConfigurationItem item) {
            return new CiResponse(item.key(), item.name(), item.type(), item.environment(), item.owner(),
                    item.status().name().toLowerCase(Locale.ROOT), item.version(), item.attributes(),
                    item.createdAt().toString(), item.createdBy(), item.updatedAt().toString());
        }
    }

    @POST
    public Response create(CiRequest request, @Context UriInfo uri) {
        ConfigurationItem created = items.create(request == null ? null : request.toInput(), request == null ? null : request.cause());
        URI location = uri.getAbsolutePathBuilder().path(created.key()).build();
        return Response.created(location).entity(CiResponse.of(created)).build();
    }

    @GET
    @Path("{key}")
    public CiResponse get(@PathParam("key") String key) {
        return CiResponse.of(items.get(key));
    }

    @GET
    public List<CiResponse> search(@QueryParam("q") String text, @QueryParam("type") String type,
                                   @QueryParam("environment") String environment,
                                   @QueryParam("limit") @DefaultValue("50") int limit) {
        return items.search(new CiSearch(text, type, environment, limit)).stream().map(CiResponse::of).toList();
    }

    @PUT
    @Path("{key}")
    public CmdbViews.UpdateResponse update(@PathParam("key") String key, CiRequest request) {
        return CmdbViews.UpdateResponse.of(items.update(key, request == null ? null : request.key(),
                request == null ? null : request.toEdit(), request == null ? null : request.cause()));
    }

    @POST
    @Path("{key}/retire")
    public CmdbViews.UpdateResponse retire(@PathParam("key") String key, RetireRequest request) {
        return CmdbViews.UpdateResponse.of(items.retire(key, request == null ? null : request.cause()));
    }

    @GET
    @Path("{key}/history")
    public List<CmdbViews.HistoryResponse> history(@PathParam("key") String key, @QueryParam("limit") Integer limit) {
        return items.history(key, limit).stream().map(CmdbViews.HistoryResponse::of).toList();
    }

    @GET
    @Path("{key}/relationships")
    public List<CmdbViews.RelationshipOfCiResponse> relationships(@PathParam("key") String key) {
        return relationships.of(key).stream().map(CmdbViews.RelationshipOfCiResponse::of).toList();
    }
}
