package org.relman.dsl.app;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.relman.dsl.domain.CheckOutcome;
import org.relman.dsl.domain.CopyLocation;
import org.relman.dsl.domain.CopyToCheck;
import org.relman.dsl.domain.DslCopy;
import org.relman.dsl.domain.DslEntry;
import org.relman.dsl.domain.DslEntryDetail;
import org.relman.dsl.domain.DslSearch;
import org.relman.dsl.domain.EntryState;
import org.relman.dsl.domain.NewDslEntry;
import org.relman.platform.domain.UserRef;

/** Where DSL entries, their copies and their state history are kept. Nothing is ever deleted. */
public interface DslEntryStore {
    /**
     * Stores a new entry in state pending with its copies (its location as the primary copy) and the first
     * row of its history, all or nothing. Joins the caller's transaction if there is one.
     *
     * @throws org.relman.platform.domain.ConflictException naming {@code name} when the name and version are taken
     */
    DslEntry add(NewDslEntry entry, Long releaseIssueId, UserRef addedBy);

    /** Whether an entry with this name and version exists, whatever the case. */
    boolean contains(String name, String version);

    Optional<DslEntryDetail> find(long id);

    /** Entries matching the search, ordered by name, then oldest first. */
    List<DslEntry> search(DslSearch search);

    /**
     * Adds a (non-primary) copy.
     *
     * @throws org.relman.platform.domain.ConflictException naming {@code location} when the entry already has it
     * @throws org.relman.platform.domain.NotFoundException when there is no such entry
     */
    DslCopy addCopy(long entryId, CopyLocation location);

    /**
     * Moves the entry from {@code from} to {@code to} and records who, when and why, provided it is still in
     * {@code from}: of two librarians changing one entry at once, one wins and the other is refused.
     *
     * @throws org.relman.platform.domain.ConflictException naming {@code to} when the entry left {@code from} meanwhile
     */
    void changeState(long entryId, EntryState from, EntryState to, UserRef by, String reason);

    /** Every copy of every entry, in entry then copy order. */
    List<CopyToCheck> copiesToCheck();

    /** Records the outcome of an integrity check on the copy. */
    void recordCheck(long copyId, CheckOutcome outcome, Instant at);
}
