package org.relman.change.app;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.relman.change.domain.Deputy;

/** Deputies CAB members named for a period. */
public interface DeputyStore {
    /** The deputies {@code memberKey} named, soonest first. */
    List<Deputy> ofMember(String memberKey);

    /** The members {@code deputyKey} stands in for at {@code at}. */
    List<Deputy> actingAt(String deputyKey, Instant at);

    Deputy add(String memberKey, String deputyKey, Instant validFrom, Instant validTo);

    Optional<Deputy> find(long id);

    void remove(long id);
}
