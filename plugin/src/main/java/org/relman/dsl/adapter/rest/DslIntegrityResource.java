package org.relman.dsl.adapter.rest;

import com.atlassian.plugins.rest.api.security.annotation.LicensedOnly;
import java.util.List;
import java.util.Map;
import javax.inject.Inject;
import javax.ws.rs.Consumes;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.core.MediaType;
import org.relman.dsl.app.IntegrityCheck;
import org.relman.dsl.domain.CheckOutcome;
import org.relman.dsl.domain.CopyCheck;
import org.relman.dsl.domain.IntegrityReport;

/**
 * {@code POST /rest/relman/1.0/dsl/integrity-check}: re-verify every copy relman may read, synchronously, and
 * answer with the counts and one line per copy. DSL librarians and the relman administrator may run it.
 */
@Path("dsl/integrity-check")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@LicensedOnly
public class DslIntegrityResource {
    private final IntegrityCheck check;

    @Inject
    public DslIntegrityResource(IntegrityCheck check) {
        this.check = check;
    }

    public record Counts(int copies, int match, int mismatch, int unreachable, int notCheckable) {
        static Counts of(IntegrityReport report) {
            Map<CheckOutcome, Integer> counts = report.counts();
            return new Counts(report.copies().size(), counts.get(CheckOutcome.MATCH), counts.get(CheckOutcome.MISMATCH),
                    counts.get(CheckOutcome.UNREACHABLE), counts.get(CheckOutcome.NOT_CHECKABLE));
        }
    }

    /** One copy's line: {@code actualSha256} when the file was read, {@code root} the label of the root it was read under. */
    public record CopyLine(long entryId, String name, String version, long copyId, String location, boolean primary,
                           String outcome, String expectedSha256, String actualSha256, String root, String detail) {
        static CopyLine of(CopyCheck c) {
            return new CopyLine(c.copy().entryId(), c.copy().name(), c.copy().version(), c.copy().copyId(),
                    c.copy().location(), c.copy().primary(), c.outcome().code(), c.copy().expectedSha256(),
                    c.actualSha256(), c.rootLabel(), c.detail());
        }
    }

    public record ReportResponse(String startedAt, String finishedAt, Counts counts, List<CopyLine> copies) {
    }

    @POST
    public ReportResponse run() {
        IntegrityReport report = check.run();
        return new ReportResponse(report.startedAt().toString(), report.finishedAt().toString(), Counts.of(report),
                report.copies().stream().map(CopyLine::of).toList());
    }
}
