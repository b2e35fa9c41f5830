package org.relman.cmdb.adapter.ao;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.inject.Inject;
import javax.inject.Named;
import net.java.ao.DBParam;
import net.java.ao.Query;
import org.relman.cmdb.app.RelationshipStore;
import org.relman.cmdb.domain.Cause;
import org.relman.cmdb.domain.CiDiff;
import org.relman.cmdb.domain.CiSummary;
import org.relman.cmdb.domain.FieldChange;
import org.relman.cmdb.domain.NewRelationship;
import org.relman.cmdb.domain.Relationship;
import org.relman.cmdb.domain.RelationshipOfCi;
import org.relman.cmdb.domain.RelationshipType;
import org.relman.platform.domain.ConflictException;
import org.relman.platform.domain.UserRef;

/**
 * Relationships in Active Objects. REL_KEY ({@code <source id>:<target id>:<type id>}) is unique, so two nodes
 * adding the same relationship at once get one row and one conflict. Adding and removing write a history entry on
 * both CIs ("depends on DB-1" on the source, "is depended on by APP-1" on the target), and raise the graph's
 * generation in the same transaction ({@link GraphGeneration}).
 */
@Named
class AoRelationshipStore implements RelationshipStore {
    private final ActiveObjects ao;

    @Inject
    AoRelationshipStore(@ComponentImport ActiveObjects ao) {
        this.ao = ao;
    }

    /** The parts of a relationship as rows: both items and the type. */
    private record Ends(CmdbItemAO source, CmdbItemAO target, CmdbRelTypeAO type) {
        String relKey() {
            return relKey(source.getID(), target.getID(), type.getID());
        }

        static String relKey(long sourceId, long targetId, long typeId) {
            return sourceId + ":" + targetId + ":" + typeId;
        }

        Relationship relationship(Date at, String by) {
            RelationshipType kind = new RelationshipType(type.getCode(), type.getName(), type.getInverseName(), type.getRetiredAt() != null);
            return new Relationship(source.getCiKey(), target.getCiKey(), kind, at.toInstant(), by);
        }
    }

    @Override
    public Relationship add(NewRelationship relationship, UserRef by, Cause cause) {
        Ends ends = ao.executeInTransaction(() -> ends(relationship));
        GraphGeneration.ensureRow(ao);
        try {
            return ao.executeInTransaction(() -> {
                if (exists(ends.relKey())) {
                    throw duplicate(relationship);
                }
                Date now = new Date();
                ao.create(CmdbRelationAO.class,
                        new DBParam(CmdbRelationAO.SOURCE_ID, ends.source().getID()),
                        new DBParam(CmdbRelationAO.TARGET_ID, ends.target().getID()),
                        new DBParam(CmdbRelationAO.REL_TYPE_ID, ends.type().getID()),
                        new DBParam(CmdbRelationAO.REL_KEY, ends.relKey()),
                        new DBParam("CREATED_AT", now),
                        new DBParam("CREATED_BY", by.key()));
                GraphGeneration.bump(ao);
                Relationship added = ends.relationship(now, by.key());
                record(ends, new FieldChange(CiDiff.RELATIONSHIP, null, added.fromSource()),
                        new FieldChange(CiDiff.RELATIONSHIP, null, added.fromTarget()), by, now, cause);
                return added;
            });
        } catch (ConflictException e) {
            throw e;
        } catch (RuntimeException e) {
            if (exists(ends.relKey())) {
                throw duplicate(relationship);
            }
            throw e;
        }
    }

    @Override
    public boolean remove(NewRelationship relationship, UserRef by, Cause cause) {
        GraphGeneration.ensureRow(ao);
        return ao.executeInTransaction(() -> {
            Ends ends = ends(relationship);
            CmdbRelationAO[] rows = ao.find(CmdbRelationAO.class, Query.select().where(CmdbRelationAO.REL_KEY + " = ?", ends.relKey()));
            if (rows.length == 0) {
                return false;
            }
            ao.delete(rows);
            GraphGeneration.bump(ao);
            Date now = new Date();
            Relationship removed = ends.relationship(now, by.key());
            record(ends, new FieldChange(CiDiff.RELATIONSHIP, removed.fromSource(), null),
                    new FieldChange(CiDiff.RELATIONSHIP, removed.fromTarget(), null), by, now, cause);
            return true;
        });
    }

    @Override
    public List<RelationshipOfCi> of(String key, int limit) {
        return ao.executeInTransaction(() -> {
            CmdbItemAO item = ItemRows.byKey(ao, key);
            if (item == null) {
                return List.<RelationshipOfCi>of();
            }
            CmdbRelationAO[] rows = ao.find(CmdbRelationAO.class, Query.select()
                    .where(CmdbRelationAO.SOURCE_ID + " = ? OR " + CmdbRelationAO.TARGET_ID + " = ?", item.getID(), item.getID())
                    .order("ID").limit(limit));
            Set<Integer> otherIds = new HashSet<>();
            for (CmdbRelationAO row : rows) {
                otherIds.add(row.getSource().getID() == item.getID() ? row.getTarget().getID() : row.getSource().getID());
            }
            Map<Integer, CiSummary> others = new HashMap<>();
            for (CmdbItemAO other : ItemRows.where(ao, "ID", otherIds)) {
                others.put(other.getID(), ItemRows.summary(other));
            }
            Map<Integer, CmdbRelTypeAO> types = new HashMap<>();
            for (CmdbRelTypeAO type : ao.find(CmdbRelTypeAO.class)) {
                types.put(type.getID(), type);
            }
            CiSummary self = ItemRows.summary(item);
            List<RelationshipOfCi> found = new ArrayList<>();
            for (CmdbRelationAO row : rows) {
                boolean outgoing = row.getSource().getID() == item.getID();
                CiSummary other = others.get(outgoing ? row.getTarget().getID() : row.getSource().getID());
                CmdbRelTypeAO type = types.get(row.getRelType().getID());
                found.add(new RelationshipOfCi(outgoing, type.getCode(), outgoing ? type.getName() : type.getInverseName(), other,
                        outgoing ? self.key() : other.key(), outgoing ? other.key() : self.key(),
                        row.getCreatedAt().toInstant(), row.getCreatedBy()));
            }
            found.sort(Comparator.comparing((RelationshipOfCi r) -> !r.outgoing()).thenComparing(RelationshipOfCi::type)
                    .thenComparing(r -> r.other().key()));
            return found;
        });
    }

    private Ends ends(NewRelationship relationship) {
        CmdbItemAO source = ItemRows.byKey(ao, relationship.source());
        CmdbItemAO target = ItemRows.byKey(ao, relationship.target());
        CmdbRelTypeAO[] types = ao.find(CmdbRelTypeAO.class, Query.select().where(CmdbRelTypeAO.CODE + " = ?", relationship.type()));
        if (source == null || target == null || types.length == 0) {
            throw new IllegalStateException("checked before: both CIs and the type of " + relationship + " exist");
        }
        return new Ends(source, target, types[0]);
    }

    private boolean exists(String relKey) {
        return ao.count(CmdbRelationAO.class, Query.select().where(CmdbRelationAO.REL_KEY + " = ?", relKey)) > 0;
    }

    private void record(Ends ends, FieldChange atSource, FieldChange atTarget, UserRef by, Date at, Cause cause) {
        HistoryRows.record(ao, ends.source().getID(), atSource, by, at, cause);
        HistoryRows.record(ao, ends.target().getID(), atTarget, by, at, cause);
    }

    private static ConflictException duplicate(NewRelationship relationship) {
        return new ConflictException("type", relationship.source() + " already has a " + relationship.type()
                + " relationship to " + relationship.target() + ".");
    }
}
