package org.relman.dsl.adapter.rest;

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
import org.relman.dsl.adapter.rest.EntryJson.EntryRequest;
import org.relman.dsl.adapter.rest.EntryJson.EntryResponse;
import org.relman.dsl.app.ReleasePackages;
import org.relman.dsl.domain.DslEntry;
import org.relman.dsl.domain.NewDslEntry;
import org.relman.dsl.domain.PackageRecord;
import org.relman.dsl.domain.PlacedPackage;

/**
 * {@code /rest/relman/1.0/dsl/releases/{releaseKey}/package}: "place the release package in the DSL and update
 * the CMDB" as one librarian action, and what the DSL and the CMDB hold for a release's package.
 */
@Path("dsl/releases")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@LicensedOnly
public class DslReleasePackageResource {
    private final ReleasePackages packages;

    @Inject
    public DslReleasePackageResource(ReleasePackages packages) {
        this.packages = packages;
    }

    /** The package's entries; each like a new entry, without {@code release} (the path names it). */
    public record PackageRequest(List<EntryRequest> entries) {
        List<NewDslEntry.Input> toInput() {
            return entries == null ? null : entries.stream().map(e -> e == null ? null : e.toInput()).toList();
        }
    }

    /** {@code ciKey} and {@code packageState} are null while the package has not been placed. */
    public record PackageResponse(String releaseKey, String ciKey, String packageState, boolean pending,
                                  List<EntryResponse> entries) {
        static PackageResponse of(String releaseKey, PackageRecord record, List<DslEntry> entries) {
            return new PackageResponse(releaseKey, record == null ? null : record.ciKey(),
                    record == null ? null : record.state(), record != null && record.pending(),
                    entries.stream().map(EntryResponse::of).toList());
        }
    }

    @POST
    @Path("{releaseKey}/package")
    public Response place(@PathParam("releaseKey") String releaseKey, PackageRequest request) {
        PlacedPackage placed = packages.place(releaseKey, request == null ? null : request.toInput());
        return Response.status(Response.Status.CREATED)
                .entity(PackageResponse.of(placed.releaseKey(), placed.record(), placed.entries())).build();
    }

    @GET
    @Path("{releaseKey}/package")
    public PackageResponse show(@PathParam("releaseKey") String releaseKey) {
        ReleasePackages.PackageView view = packages.show(releaseKey);
        return PackageResponse.of(view.releaseKey(), view.record().orElse(null), view.entries());
    }
}
