package org.relman.dsl.domain;

import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;
import org.relman.platform.domain.Verdict;

/**
 * May a DSL entry move from one state to another? States go pending → approved → in production →
 * retired, never skipping approval or production and never going back. Retirement is the one exit
 * that may come early: an approved version that is superseded before it ever reaches production is
 * retired from approved, so it cannot be deployed by mistake later. A pending entry cannot be retired:
 * it was never vetted, and retiring it would put an unvetted version on the record as once valid.
 * Retired is final (entries are never deleted or revived). A retirement must say why.
 */
public final class StateChangePolicy {
    private static final String ORDER = "the DSL's states go pending → approved → in production → retired, "
            + "without skipping approval or production and without going back";

    /** The states an entry in {@code from} may move to next, in order. */
    public Set<EntryState> allowedNext(EntryState from) {
        return switch (from) {
            case PENDING -> EnumSet.of(EntryState.APPROVED);
            case APPROVED -> EnumSet.of(EntryState.IN_PRODUCTION, EntryState.RETIRED);
            case IN_PRODUCTION -> EnumSet.of(EntryState.RETIRED);
            case RETIRED -> EnumSet.noneOf(EntryState.class);
        };
    }

    public Verdict mayChange(EntryState from, EntryState to, String reason) {
        if (from == to) {
            return Verdict.refuse("The entry is already " + to.label() + ".");
        }
        Set<EntryState> next = allowedNext(from);
        if (!next.contains(to)) {
            return Verdict.refuse("An entry cannot move from " + from.label() + " to " + to.label() + ": " + ORDER
                    + ". " + allowedText(from, next));
        }
        if (to == EntryState.RETIRED && (reason == null || reason.isBlank())) {
            return Verdict.refuse("A retirement needs a reason: say why this version may no longer be used.");
        }
        return Verdict.allow();
    }

    private static String allowedText(EntryState from, Set<EntryState> next) {
        if (next.isEmpty()) {
            return "A " + from.label() + " entry is final: it stays in the library as it is.";
        }
        return "Allowed next from " + from.label() + ": "
                + next.stream().map(EntryState::code).collect(Collectors.joining(", ")) + ".";
    }
}
