package org.relman.cmdb.adapter.rest;

import java.util.List;
import java.util.Locale;
import org.relman.cmdb.domain.AffectedCi;
import org.relman.cmdb.domain.Cause;
import org.relman.cmdb.domain.CiSummary;
import org.relman.cmdb.domain.CiType;
import org.relman.cmdb.domain.CiUpdate;
import org.relman.cmdb.domain.FieldChange;
import org.relman.cmdb.domain.HistoryEntry;
import org.relman.cmdb.domain.Relationship;
import org.relman.cmdb.domain.RelationshipOfCi;
import org.relman.cmdb.domain.RelationshipType;

/** The JSON shapes the CMDB's REST resources answer with; times are ISO-8601 instants, enums lower-case. */
final class CmdbViews {
    private CmdbViews() {
    }

    record CiSummaryResponse(String key, String name, String type, String environment, String status) {
        static CiSummaryResponse of(CiSummary ci) {
            return new CiSummaryResponse(ci.key(), ci.name(), ci.type(), ci.environment(), ci.status().name().toLowerCase(Locale.ROOT));
        }
    }

    record ChangeResponse(String field, String before, String after) {
        static ChangeResponse of(FieldChange change) {
            return new ChangeResponse(change.field(), change.before(), change.after());
        }
    }

    /** An item after an update and what the update changed (empty when nothing changed). */
    record UpdateResponse(ConfigurationItemResource.CiResponse item, List<ChangeResponse> changes) {
        static UpdateResponse of(CiUpdate update) {
            return new UpdateResponse(ConfigurationItemResource.CiResponse.of(update.item()),
                    update.changes().stream().map(ChangeResponse::of).toList());
        }
    }

    record CauseResponse(String key, String kind) {
        static CauseResponse of(Cause cause) {
            return cause == null ? null : new CauseResponse(cause.issueKey(), cause.kind().name().toLowerCase(Locale.ROOT));
        }
    }

    record HistoryResponse(String field, String before, String after, String changedBy, String changedAt, CauseResponse cause) {
        static HistoryResponse of(HistoryEntry entry) {
            return new HistoryResponse(entry.field(), entry.before(), entry.after(), entry.changedBy(), entry.changedAt().toString(),
                    CauseResponse.of(entry.cause()));
        }
    }

    record RelationshipOfCiResponse(String direction, String type, String phrase, String source, String target,
                                    CiSummaryResponse other, String createdAt, String createdBy) {
        static RelationshipOfCiResponse of(RelationshipOfCi r) {
            return new RelationshipOfCiResponse(r.outgoing() ? "outgoing" : "incoming", r.type(), r.phrase(), r.source(), r.target(),
                    CiSummaryResponse.of(r.other()), r.createdAt().toString(), r.createdBy());
        }
    }

    record RelationshipResponse(String source, String target, String type, String name, String inverseName,
                                String createdAt, String createdBy) {
        static RelationshipResponse of(Relationship r) {
            return new RelationshipResponse(r.source(), r.target(), r.type().code(), r.type().name(), r.type().inverseName(),
                    r.createdAt().toString(), r.createdBy());
        }
    }

    record CiTypeResponse(String code, String name, boolean retired) {
        static CiTypeResponse of(CiType type) {
            return new CiTypeResponse(type.code(), type.name(), type.retired());
        }
    }

    record RelationshipTypeResponse(String code, String name, String inverseName, boolean retired) {
        static RelationshipTypeResponse of(RelationshipType type) {
            return new RelationshipTypeResponse(type.code(), type.name(), type.inverseName(), type.retired());
        }
    }

    record AffectedCiResponse(String key, String name, String type, String environment, String status, String addedAt,
                              String addedBy) {
        static AffectedCiResponse of(AffectedCi a) {
            return new AffectedCiResponse(a.ci().key(), a.ci().name(), a.ci().type(), a.ci().environment(),
                    a.ci().status().name().toLowerCase(Locale.ROOT), a.addedAt().toString(), a.addedBy());
        }
    }
}
