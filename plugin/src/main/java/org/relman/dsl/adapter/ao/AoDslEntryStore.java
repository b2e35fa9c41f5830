package org.relman.dsl.adapter.ao;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import javax.inject.Inject;
import javax.inject.Named;
import net.java.ao.DBParam;
import net.java.ao.Query;
import org.relman.dsl.app.DslEntryStore;
import org.relman.dsl.domain.CheckOutcome;
import org.relman.dsl.domain.CopyLocation;
import org.relman.dsl.domain.CopyToCheck;
import org.relman.dsl.domain.DslCopy;
import org.relman.dsl.domain.DslEntry;
import org.relman.dsl.domain.DslEntryDetail;
import org.relman.dsl.domain.DslSearch;
import org.relman.dsl.domain.EntryState;
import org.relman.dsl.domain.NewDslEntry;
import org.relman.dsl.domain.StateChange;
import org.relman.platform.domain.ConflictException;
import org.relman.platform.domain.NotFoundException;
import org.relman.platform.domain.UserRef;

/** DSL entries, copies and state history in Active Objects tables. Entities never leave this class: callers get records. */
@Named
class AoDslEntryStore implements DslEntryStore {
    private final ActiveObjects ao;

    @Inject
    AoDslEntryStore(@ComponentImport ActiveObjects ao) {
        this.ao = ao;
    }

    @Override
    public DslEntry add(NewDslEntry entry, Long releaseIssueId, UserRef addedBy) {
        try {
            return ao.executeInTransaction(() -> insert(entry, releaseIssueId, addedBy));
        } catch (ConflictException e) {
            throw e;
        } catch (RuntimeException e) {
            // two librarians adding one version at once: the unique key decides, the loser hears what a later attempt would
            throw recheck(e, () -> contains(entry.name(), entry.version()) ? taken(entry) : null);
        }
    }

    private DslEntry insert(NewDslEntry entry, Long releaseIssueId, UserRef addedBy) {
        if (contains(entry.name(), entry.version())) {
            throw taken(entry);
        }
        Date now = new Date();
        DslEntryAO row = ao.create(DslEntryAO.class,
                new DBParam(DslEntryAO.NAME, entry.name()),
                new DBParam(DslEntryAO.NAME_VERSION_KEY, entry.nameVersionKey()),
                new DBParam(DslEntryAO.ENTRY_VERSION, entry.version()),
                new DBParam(DslEntryAO.ENTRY_KIND, entry.kind().name()),
                new DBParam(DslEntryAO.SHA256_HEX, entry.sha256()),
                new DBParam(DslEntryAO.SIZE_BYTES, entry.sizeBytes()),
                new DBParam(DslEntryAO.ENTRY_STATE, EntryState.PENDING.name()),
                new DBParam(DslEntryAO.RELEASE_ISSUE_ID, releaseIssueId),
                new DBParam(DslEntryAO.ADDED_BY, addedBy.key()),
                new DBParam(DslEntryAO.ADDED_AT, now));
        insertCopy(row.getID(), entry.location(), true);
        for (CopyLocation copy : entry.copies()) {
            insertCopy(row.getID(), copy, false);
        }
        insertChange(row.getID(), null, EntryState.PENDING, addedBy, now, null);
        return DslRows.entry(row);
    }

    @Override
    public boolean contains(String name, String version) {
        String key = NewDslEntry.nameVersionKey(name, version);
        return ao.executeInTransaction(() ->
                ao.count(DslEntryAO.class, Query.select().where(DslEntryAO.NAME_VERSION_KEY + " = ?", key)) > 0);
    }

    @Override
    public Optional<DslEntryDetail> find(long id) {
        return ao.executeInTransaction(() -> entryRow(id).map(row -> {
            List<DslCopy> copies = new ArrayList<>(Arrays.stream(ao.find(DslCopyAO.class,
                    Query.select().where(DslCopyAO.ENTRY_ID + " = ?", row.getID()))).map(DslRows::copy).toList());
            copies.sort(Comparator.comparing((DslCopy c) -> !c.primary()).thenComparingLong(DslCopy::id));
            List<StateChange> history = Arrays.stream(ao.find(DslStateChangeAO.class,
                            Query.select().where(DslStateChangeAO.ENTRY_ID + " = ?", row.getID()).order("ID")))
                    .map(DslRows::change).toList();
            return new DslEntryDetail(DslRows.entry(row), copies, history);
        }));
    }

    @Override
    public List<DslEntry> search(DslSearch search) {
        StringBuilder where = new StringBuilder();
        List<Object> params = new ArrayList<>();
        if (search.text() != null) {
            and(where, DslEntryAO.NAME_VERSION_KEY + " LIKE ? ESCAPE '!'", params,
                    "%" + escapeLike(search.text().toLowerCase(Locale.ROOT)) + "%");
        }
        if (search.state() != null) {
            and(where, DslEntryAO.ENTRY_STATE + " = ?", params, search.state().name());
        }
        if (search.kind() != null) {
            and(where, DslEntryAO.ENTRY_KIND + " = ?", params, search.kind().name());
        }
        if (search.releaseIssueId() != null) {
            and(where, DslEntryAO.RELEASE_ISSUE_ID + " = ?", params, search.releaseIssueId());
        }
        Query query = Query.select().order(DslEntryAO.NAME_VERSION_KEY + ", ID").offset(search.start()).limit(search.limit());
        Query finalQuery = where.length() == 0 ? query : query.where(where.toString(), params.toArray());
        return ao.executeInTransaction(() ->
                Arrays.stream(ao.find(DslEntryAO.class, finalQuery)).map(DslRows::entry).toList());
    }

    @Override
    public DslCopy addCopy(long entryId, CopyLocation location) {
        return ao.executeInTransaction(() -> {
            DslEntryAO entry = entryRow(entryId).orElseThrow(() -> new NotFoundException("No DSL entry has the id " + entryId + "."));
            if (ao.count(DslCopyAO.class, Query.select().where(DslCopyAO.ENTRY_ID + " = ? AND " + DslCopyAO.LOCATION + " = ?",
                    entry.getID(), location.text())) > 0) {
                throw new ConflictException("location", "The entry already has a copy at " + location.text() + ".");
            }
            return DslRows.copy(insertCopy(entry.getID(), location, false));
        });
    }

    @Override
    public void changeState(long entryId, EntryState from, EntryState to, UserRef by, String reason) {
        try {
            ao.executeInTransaction(() -> {
                DslEntryAO row = entryRow(entryId).orElseThrow(() -> new NotFoundException("No DSL entry has the id " + entryId + "."));
                if (!row.getEntryState().equals(from.name())) {
                    throw movedMeanwhile(row);
                }
                insertChange(row.getID(), from, to, by, new Date(), reason);
                row.setEntryState(to.name());
                row.save();
                return null;
            });
        } catch (ConflictException | NotFoundException e) {
            throw e;
        } catch (RuntimeException e) {
            // the unique change key refused a second move out of the same state: say where the entry is now
            throw recheck(e, () -> ao.executeInTransaction(() -> entryRow(entryId))
                    .filter(now -> !now.getEntryState().equals(from.name())).map(AoDslEntryStore::movedMeanwhile).orElse(null));
        }
    }

    @Override
    public List<CopyToCheck> copiesToCheck() {
        return ao.executeInTransaction(() -> {
            Map<Integer, DslEntryAO> entries = new HashMap<>();
            for (DslEntryAO entry : ao.find(DslEntryAO.class, Query.select())) {
                entries.put(entry.getID(), entry);
            }
            List<CopyToCheck> copies = new ArrayList<>();
            for (DslCopyAO copy : ao.find(DslCopyAO.class, Query.select().order(DslCopyAO.ENTRY_ID + ", ID"))) {
                DslEntryAO entry = entries.get(copy.getEntry().getID());
                copies.add(new CopyToCheck(copy.getID(), entry.getID(), entry.getName(), entry.getEntryVersion(),
                        entry.getSha256Hex(), copy.getLocation(), copy.isPrimaryCopy()));
            }
            return copies;
        });
    }

    @Override
    public void recordCheck(long copyId, CheckOutcome outcome, Instant at) {
        ao.executeInTransaction(() -> {
            for (DslCopyAO copy : ao.find(DslCopyAO.class, Query.select().where("ID = ?", copyId))) {
                copy.setVerifiedAt(Date.from(at));
                copy.setVerifyOutcome(outcome.name());
                copy.setVerifiedOk(outcome == CheckOutcome.NOT_CHECKABLE ? null : outcome == CheckOutcome.MATCH);
                copy.save();
            }
            return null;
        });
    }

    private Optional<DslEntryAO> entryRow(long id) {
        DslEntryAO[] rows = ao.find(DslEntryAO.class, Query.select().where("ID = ?", id));
        return rows.length == 0 ? Optional.empty() : Optional.of(rows[0]);
    }

    private DslCopyAO insertCopy(int entryId, CopyLocation location, boolean primary) {
        return ao.create(DslCopyAO.class,
                new DBParam(DslCopyAO.ENTRY_ID, entryId),
                new DBParam(DslCopyAO.LOCATION, location.text()),
                new DBParam(DslCopyAO.PRIMARY_COPY, primary));
    }

    private void insertChange(int entryId, EntryState from, EntryState to, UserRef by, Date at, String reason) {
        ao.create(DslStateChangeAO.class,
                new DBParam(DslStateChangeAO.ENTRY_ID, entryId),
                new DBParam(DslStateChangeAO.CHANGE_KEY, entryId + ":" + (from == null ? "ADDED" : from.name())),
                new DBParam("FROM_STATE", from == null ? null : from.name()),
                new DBParam("TO_STATE", to.name()),
                new DBParam("CHANGED_BY", by.key()),
                new DBParam("CHANGED_AT", at),
                new DBParam("CHANGE_REASON", reason));
    }

    /**
     * After a failed write: the refusal {@code clash} finds (reading afresh), else the failure itself. Inside a
     * caller's transaction the re-read may fail too (PostgreSQL refuses statements after an error); the caller
     * then re-checks after its rollback, and the original failure travels with the re-read's as suppressed.
     */
    private static RuntimeException recheck(RuntimeException failure, Supplier<ConflictException> clash) {
        try {
            ConflictException found = clash.get();
            return found != null ? found : failure;
        } catch (RuntimeException reread) {
            failure.addSuppressed(reread);
            return failure;
        }
    }

    private static void and(StringBuilder where, String condition, List<Object> params, Object value) {
        where.append(where.length() == 0 ? "" : " AND ").append(condition);
        params.add(value);
    }

    /** LIKE wildcards a user typed are matched literally. */
    private static String escapeLike(String text) {
        return text.replace("!", "!!").replace("%", "!%").replace("_", "!_");
    }

    private static ConflictException taken(NewDslEntry entry) {
        return new ConflictException("name", entry.name() + " " + entry.version() + " is already in the DSL.");
    }

    private static ConflictException movedMeanwhile(DslEntryAO row) {
        return new ConflictException("to", "The entry was changed meanwhile: it is now "
                + EntryState.valueOf(row.getEntryState()).label() + ". Reload it and try again.");
    }
}
