package org.relman.dsl.app;

import java.util.List;
import java.util.Locale;
import javax.inject.Inject;
import javax.inject.Named;
import org.relman.dsl.domain.CopyLocation;
import org.relman.dsl.domain.DslCopy;
import org.relman.dsl.domain.DslEntry;
import org.relman.dsl.domain.DslEntryDetail;
import org.relman.dsl.domain.DslSearch;
import org.relman.dsl.domain.EntryKind;
import org.relman.dsl.domain.EntryState;
import org.relman.dsl.domain.NewDslEntry;
import org.relman.dsl.domain.StateChangePolicy;
import org.relman.platform.domain.InvalidInputException;
import org.relman.platform.domain.NotFoundException;
import org.relman.platform.domain.TextRules;
import org.relman.platform.domain.UserRef;
import org.relman.platform.domain.Verdict;

/**
 * Use cases on DSL entries: anyone who may read the CMDB browses and searches; only DSL librarians add
 * entries and copies and move entries along pending → approved → in production → retired.
 */
@Named
public class DslEntries {
    public static final int REASON_MAX = 2000;

    private final DslAccess access;
    private final DslEntryStore store;
    private final ReleaseIssues releases;
    private final StateChangePolicy policy = new StateChangePolicy();

    @Inject
    public DslEntries(DslAccess access, DslEntryStore store, ReleaseIssues releases) {
        this.access = access;
        this.store = store;
        this.releases = releases;
    }

    /** Filters as a caller typed them; any may be blank. */
    public record SearchInput(String text, String state, String kind, String release, int start, int limit) {
    }

    public DslEntryDetail add(NewDslEntry.Input input) {
        UserRef actor = access.librarian("add DSL entries");
        if (input == null) {
            throw new InvalidInputException("request", "A DSL entry is required in the request body.");
        }
        NewDslEntry entry = NewDslEntry.validate(input);
        Long releaseIssueId = entry.releaseKey() == null ? null
                : releases.requireForField(entry.releaseKey(), actor, "release").id();
        DslEntry added = store.add(entry, releaseIssueId, actor);
        return store.find(added.id()).orElseThrow(() -> notFound(added.id()));
    }

    public DslEntryDetail get(long id) {
        access.reader();
        return store.find(id).orElseThrow(() -> notFound(id));
    }

    public List<DslEntry> search(SearchInput input) {
        UserRef actor = access.reader();
        TextRules rules = new TextRules();
        EntryState state = blank(input.state()) ? null : EntryState.parse(input.state()).orElseGet(() -> {
            rules.reject("state", "state must be one of " + EntryState.allowed() + ".");
            return null;
        });
        EntryKind kind = blank(input.kind()) ? null : EntryKind.parse(input.kind()).orElseGet(() -> {
            rules.reject("kind", "kind must be one of " + EntryKind.allowed() + ".");
            return null;
        });
        rules.check();
        Long releaseIssueId = blank(input.release()) ? null
                : releases.requireForField(input.release().strip().toUpperCase(Locale.ROOT), actor, "release").id();
        return store.search(new DslSearch(input.text(), state, kind, releaseIssueId, input.start(), input.limit()));
    }

    public DslCopy addCopy(long entryId, String location) {
        access.librarian("add copies to DSL entries");
        TextRules rules = new TextRules();
        CopyLocation copy = CopyLocation.validate(rules, "location", location);
        rules.check();
        return store.addCopy(entryId, copy);
    }

    /** Moves the entry to {@code to} if the policy allows it from where it is now; the answer names what is allowed next. */
    public DslEntryDetail changeState(long entryId, String to, String reason) {
        UserRef actor = access.librarian("approve, move to production or retire DSL entries");
        TextRules rules = new TextRules();
        String target = rules.required("to", to, 32);
        String why = rules.optional("reason", reason, REASON_MAX);
        EntryState next = target == null ? null : EntryState.parse(target).orElseGet(() -> {
            rules.reject("to", "to must be one of " + EntryState.allowed() + ".");
            return null;
        });
        rules.check();
        EntryState current = store.find(entryId).orElseThrow(() -> notFound(entryId)).entry().state();
        Verdict verdict = policy.mayChange(current, next, why);
        if (verdict.refused()) {
            // the move itself is allowed when only the reason is missing: then the reason is the field to fix
            String field = policy.allowedNext(current).contains(next) ? "reason" : "to";
            throw new InvalidInputException(field, verdict.reason());
        }
        store.changeState(entryId, current, next, actor, why);
        return store.find(entryId).orElseThrow(() -> notFound(entryId));
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }

    static NotFoundException notFound(long id) {
        return new NotFoundException("No DSL entry has the id " + id + ".");
    }
}
