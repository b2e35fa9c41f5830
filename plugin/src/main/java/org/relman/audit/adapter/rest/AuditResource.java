package org.relman.audit.adapter.rest;

import com.atlassian.plugins.rest.api.security.annotation.LicensedOnly;
import java.util.List;
import java.util.Map;
import javax.inject.Inject;
import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.core.MediaType;
import org.relman.audit.app.AuditTrail;
import org.relman.audit.domain.AuditEntry;
import org.relman.audit.domain.VerifyReport;

/** {@code /rest/relman/1.0/audit}: the tamper-evident change log, per issue, and checking its chain. */
@Path("audit")
@Produces(MediaType.APPLICATION_JSON)
@LicensedOnly
public class AuditResource {
    private final AuditTrail trail;

    @Inject
    public AuditResource(AuditTrail trail) {
        this.trail = trail;
    }

    /** @param message "intact: N entries" or "broken at entry S: what no longer matches" */
    public record VerifyJson(boolean intact, long entries, Long brokenAt, String problem, String message, long headSeq, String headHash) {
        static VerifyJson of(VerifyReport r) {
            return new VerifyJson(r.intact(), r.entries(), r.brokenAt(), r.problem(), r.message(), r.headSeq(), r.headHash());
        }
    }

    public record EntryJson(long seq, String kind, String actorKey, String at, Map<String, String> details, String prevHash, String hash) {
        static EntryJson of(AuditEntry e) {
            return new EntryJson(e.seqNo(), e.kind(), e.actorKey(), e.loggedAt() == null ? null : e.loggedAt().toString(), e.details(),
                    e.prevHash(), e.entryHash());
        }
    }

    @GET
    @Path("verify")
    public VerifyJson verify() {
        return VerifyJson.of(trail.verify());
    }

    @GET
    @Path("issues/{key}")
    public List<EntryJson> forIssue(@PathParam("key") String key) {
        return trail.forIssue(key).stream().map(EntryJson::of).toList();
    }
}
