package org.relman.dsl.adapter.rest;

import java.time.Instant;
import java.util.List;
import org.relman.dsl.domain.CopyLocation;
import org.relman.dsl.domain.DslCopy;
import org.relman.dsl.domain.DslEntry;
import org.relman.dsl.domain.DslEntryDetail;
import org.relman.dsl.domain.EntryState;
import org.relman.dsl.domain.NewDslEntry;
import org.relman.dsl.domain.StateChange;
import org.relman.dsl.domain.StateChangePolicy;

/** The JSON shapes of DSL entries, shared by the entry and package resources. States and kinds are lower-case codes. */
public final class EntryJson {
    private static final StateChangePolicy POLICY = new StateChangePolicy();

    private EntryJson() {
    }

    /** A new entry as a client sends it; {@code location} is the primary copy, {@code copies} the others. */
    public record EntryRequest(String name, String version, String kind, String sha256, Long size, String location,
                        List<String> copies, String release) {
        NewDslEntry.Input toInput() {
            return new NewDslEntry.Input(name, version, kind, sha256, size, location, copies, release);
        }
    }

    public record EntryResponse(long id, String name, String version, String kind, String sha256, long size, String state,
                         Long releaseIssueId, String addedBy, String addedAt) {
        static EntryResponse of(DslEntry e) {
            return new EntryResponse(e.id(), e.name(), e.version(), e.kind().code(), e.sha256(), e.sizeBytes(),
                    e.state().code(), e.releaseIssueId(), e.addedBy(), e.addedAt().toString());
        }
    }

    /** One entry with its copies (primary first), its history (oldest first) and the states it may move to next. */
    public record EntryDetailResponse(long id, String name, String version, String kind, String sha256, long size, String state,
                               Long releaseIssueId, String addedBy, String addedAt, List<String> allowedNext,
                               List<CopyResponse> copies, List<ChangeResponse> history) {
        static EntryDetailResponse of(DslEntryDetail detail) {
            DslEntry e = detail.entry();
            return new EntryDetailResponse(e.id(), e.name(), e.version(), e.kind().code(), e.sha256(), e.sizeBytes(),
                    e.state().code(), e.releaseIssueId(), e.addedBy(), e.addedAt().toString(),
                    POLICY.allowedNext(e.state()).stream().map(EntryState::code).toList(),
                    detail.copies().stream().map(CopyResponse::of).toList(),
                    detail.history().stream().map(ChangeResponse::of).toList());
        }
    }

    /** {@code checkable} is false for URLs, which relman never reads; {@code verifyOutcome} is null until checked. */
    public record CopyResponse(long id, String location, boolean primary, boolean checkable, String verifiedAt, String verifyOutcome) {
        static CopyResponse of(DslCopy c) {
            return new CopyResponse(c.id(), c.location(), c.primary(), CopyLocation.stored(c.location()).readable(),
                    time(c.verifiedAt()), c.outcome() == null ? null : c.outcome().code());
        }
    }

    /** {@code from} is null for the state the entry was added in. */
    public record ChangeResponse(String from, String to, String by, String at, String reason) {
        static ChangeResponse of(StateChange c) {
            return new ChangeResponse(c.from() == null ? null : c.from().code(), c.to().code(), c.changedBy(),
                    c.changedAt().toString(), c.reason());
        }
    }

    static String time(Instant at) {
        return at == null ? null : at.toString();
    }
}
