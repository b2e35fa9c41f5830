package org.relman.cmdb.adapter.ao;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import javax.inject.Inject;
import javax.inject.Named;
import net.java.ao.DBParam;
import net.java.ao.Query;
import org.relman.cmdb.app.AffectedCiStore;
import org.relman.cmdb.domain.AffectedCi;
import org.relman.platform.domain.UserRef;

/** The CIs issues affect, in Active Objects; AFFECTED_KEY ({@code <issue id>:<item id>}) keeps one row per issue and CI. */
@Named
class AoAffectedCiStore implements AffectedCiStore {
    private final ActiveObjects ao;

    @Inject
    AoAffectedCiStore(@ComponentImport ActiveObjects ao) {
        this.ao = ao;
    }

    @Override
    public List<AffectedCi> of(long issueId) {
        return ao.executeInTransaction(() -> read(issueId));
    }

    @Override
    public List<AffectedCi> replace(long issueId, Collection<String> keys, UserRef by) {
        try {
            return ao.executeInTransaction(() -> write(issueId, keys, by));
        } catch (RuntimeException e) {
            // another node set the same issue's list at the same moment and won the unique key: apply ours over theirs
            return ao.executeInTransaction(() -> write(issueId, keys, by));
        }
    }

    @Override
    public List<Long> issuesAffecting(Collection<String> keys) {
        return ao.executeInTransaction(() -> {
            List<Integer> itemIds = ItemRows.where(ao, CmdbItemAO.CI_KEY, keys).stream().map(CmdbItemAO::getID).toList();
            TreeSet<Long> issues = new TreeSet<>();
            for (int from = 0; from < itemIds.size(); from += ItemRows.IN_CHUNK) {
                List<Integer> chunk = itemIds.subList(from, Math.min(itemIds.size(), from + ItemRows.IN_CHUNK));
                for (CmdbAffectedCiAO row : ao.find(CmdbAffectedCiAO.class, Query.select("ID, ISSUE_ID")
                        .where(CmdbAffectedCiAO.ITEM_ID + " IN (" + ItemRows.marks(chunk.size()) + ")", chunk.toArray()))) {
                    issues.add(row.getIssueId());
                }
            }
            return new ArrayList<>(issues);
        });
    }

    private List<AffectedCi> write(long issueId, Collection<String> keys, UserRef by) {
        Map<Integer, CmdbItemAO> wanted = new HashMap<>();
        for (CmdbItemAO item : ItemRows.where(ao, CmdbItemAO.CI_KEY, keys)) {
            wanted.put(item.getID(), item);
        }
        List<CmdbAffectedCiAO> gone = new ArrayList<>();
        for (CmdbAffectedCiAO row : rows(issueId)) {
            if (wanted.remove(row.getItem().getID()) == null) {
                gone.add(row);
            }
        }
        if (!gone.isEmpty()) {
            ao.delete(gone.toArray(CmdbAffectedCiAO[]::new));
        }
        Date now = new Date();
        for (Integer itemId : wanted.keySet()) {
            ao.create(CmdbAffectedCiAO.class,
                    new DBParam(CmdbAffectedCiAO.ISSUE_ID, issueId),
                    new DBParam(CmdbAffectedCiAO.ITEM_ID, itemId),
                    new DBParam(CmdbAffectedCiAO.AFFECTED_KEY, issueId + ":" + itemId),
                    new DBParam("ADDED_AT", now),
                    new DBParam("ADDED_BY", by.key()));
        }
        return read(issueId);
    }

    private List<AffectedCi> read(long issueId) {
        CmdbAffectedCiAO[] rows = rows(issueId);
        Map<Integer, CmdbItemAO> items = new HashMap<>();
        List<Integer> ids = new ArrayList<>();
        for (CmdbAffectedCiAO row : rows) {
            ids.add(row.getItem().getID());
        }
        for (CmdbItemAO item : ItemRows.where(ao, "ID", ids)) {
            items.put(item.getID(), item);
        }
        List<AffectedCi> affected = new ArrayList<>();
        for (CmdbAffectedCiAO row : rows) {
            affected.add(new AffectedCi(ItemRows.summary(items.get(row.getItem().getID())), row.getAddedAt().toInstant(), row.getAddedBy()));
        }
        affected.sort(Comparator.comparing(a -> a.ci().key()));
        return Collections.unmodifiableList(affected);
    }

    private CmdbAffectedCiAO[] rows(long issueId) {
        return ao.find(CmdbAffectedCiAO.class, Query.select().where(CmdbAffectedCiAO.ISSUE_ID + " = ?", issueId));
    }
}
