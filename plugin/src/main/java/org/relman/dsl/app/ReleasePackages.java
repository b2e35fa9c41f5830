package org.relman.dsl.app;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.inject.Inject;
import javax.inject.Named;
import org.relman.dsl.domain.DslEntry;
import org.relman.dsl.domain.DslSearch;
import org.relman.dsl.domain.NewDslEntry;
import org.relman.dsl.domain.PackageRecord;
import org.relman.dsl.domain.PlacedPackage;
import org.relman.platform.domain.ConflictException;
import org.relman.platform.domain.InvalidInputException;
import org.relman.platform.domain.IssueRef;
import org.relman.platform.domain.TextRules;
import org.relman.platform.domain.UserRef;

/**
 * "Place the release package in the DSL and update the CMDB": one librarian action that records the
 * package's entries (pending) and marks the package pending in the CMDB, in one transaction, so the
 * gate to acceptance testing never sees one without the other.
 */
@Named
public class ReleasePackages {
    public static final int ENTRIES_MAX = 200;

    private final DslAccess access;
    private final ReleaseIssues releases;
    private final DslEntryStore entries;
    private final ReleasePackageRecords records;
    private final DslTransactions transactions;

    @Inject
    public ReleasePackages(DslAccess access, ReleaseIssues releases, DslEntryStore entries,
                           ReleasePackageRecords records, DslTransactions transactions) {
        this.access = access;
        this.releases = releases;
        this.entries = entries;
        this.records = records;
        this.transactions = transactions;
    }

    /** What the DSL and the CMDB hold for a release's package. */
    public record PackageView(String releaseKey, Optional<PackageRecord> record, List<DslEntry> entries) {
    }

    public PlacedPackage place(String releaseKey, List<NewDslEntry.Input> input) {
        UserRef actor = access.librarian("place release packages in the DSL");
        IssueRef release = releases.requireForPath(releaseKey, actor);
        List<NewDslEntry> valid = validate(input);
        try {
            return transactions.inTransaction(() -> {
                if (records.find(release.key()).isPresent()) {
                    throw alreadyPlaced(release.key());
                }
                List<DslEntry> added = new ArrayList<>();
                for (NewDslEntry entry : valid) {
                    added.add(entries.add(entry, release.id(), actor));
                }
                PackageRecord record = records.markPending(release.key(), added.size(), actor);
                return new PlacedPackage(release.key(), record, added);
            });
        } catch (RuntimeException failure) {
            if (failure instanceof InvalidInputException refusal && !(refusal instanceof ConflictException)) {
                throw refusal;
            }
            throw clashOr(failure, release.key(), valid);
        }
    }

    /**
     * Nothing was stored (the transaction rolled back). A clash, whether found before writing or lost to another
     * librarian's concurrent placement at a unique key, is answered the same way: the package first, else the
     * entry, by its place in the request. Any other failure is passed on as it was.
     */
    private RuntimeException clashOr(RuntimeException failure, String releaseKey, List<NewDslEntry> valid) {
        try {
            if (records.find(releaseKey).isPresent()) {
                return alreadyPlaced(releaseKey);
            }
            for (int i = 0; i < valid.size(); i++) {
                if (entries.contains(valid.get(i).name(), valid.get(i).version())) {
                    return taken("entries[" + i + "].name", valid.get(i));
                }
            }
        } catch (RuntimeException recheck) {
            failure.addSuppressed(recheck);
        }
        return failure;
    }

    public PackageView show(String releaseKey) {
        UserRef actor = access.reader();
        IssueRef release = releases.requireForPath(releaseKey, actor);
        List<DslEntry> found = entries.search(new DslSearch(null, null, null, release.id(), 0, DslSearch.MAX_LIMIT));
        return new PackageView(release.key(), records.find(release.key()), found);
    }

    private static List<NewDslEntry> validate(List<NewDslEntry.Input> input) {
        if (input == null || input.isEmpty()) {
            throw new InvalidInputException("entries", "entries is required: the package's DSL entries, at least one.");
        }
        if (input.size() > ENTRIES_MAX) {
            throw new InvalidInputException("entries", "entries may hold at most " + ENTRIES_MAX
                    + " DSL entries (it has " + input.size() + ").");
        }
        TextRules rules = new TextRules();
        List<NewDslEntry> valid = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        for (int i = 0; i < input.size(); i++) {
            String prefix = "entries[" + i + "].";
            NewDslEntry.Input raw = input.get(i);
            if (raw == null) {
                rules.reject("entries[" + i + "]", "entries[" + i + "] is empty.");
                continue;
            }
            if (raw.release() != null && !raw.release().isBlank()) {
                rules.reject(prefix + "release", prefix + "release must be left out: the package's entries belong to the release in the path.");
            }
            NewDslEntry entry = NewDslEntry.validate(rules, prefix, raw);
            if (entry == null) {
                continue;
            }
            Integer earlier = seen.putIfAbsent(entry.nameVersionKey(), i);
            if (earlier != null) {
                rules.reject(prefix + "version", prefix + "version repeats entries[" + earlier + "]: "
                        + entry.name() + " " + entry.version() + " is in the package twice.");
            }
            valid.add(entry);
        }
        rules.check();
        return valid;
    }

    private static ConflictException taken(String field, NewDslEntry entry) {
        return new ConflictException(field, entry.name() + " " + entry.version() + " is already in the DSL.");
    }

    private static ConflictException alreadyPlaced(String releaseKey) {
        return new ConflictException("releaseKey", "The package of " + releaseKey
                + " was already placed in the DSL and recorded in the CMDB; placing it again is not supported yet.");
    }
}
