package org.relman.change.app;

import java.util.List;
import java.util.Optional;
import org.relman.change.domain.Cab;
import org.relman.change.domain.CabDefinition;

/** Where CABs, their members and their rules are kept. */
public interface CabStore {
    /** Every CAB, by name. */
    List<Cab> all();

    Optional<Cab> find(long id);

    Optional<Cab> findByName(String name);

    /** The CAB flagged emergency, if any. */
    Optional<Cab> emergency();

    /** The CAB flagged default, if any. */
    Optional<Cab> defaultCab();

    /** @throws org.relman.platform.domain.ConflictException naming {@code name} when another CAB has it */
    Cab create(CabDefinition definition);

    /** Replaces the CAB's fields, rule and members. */
    Cab update(long id, CabDefinition definition);

    /** Whether any voting round belongs to the CAB (then it cannot be deleted). */
    boolean hasRounds(long id);

    void delete(long id);
}
