package org.relman.change.app;

import java.util.List;
import java.util.Optional;
import org.relman.change.domain.StandardChange;

/** The pre-approved standard change catalogue. Entries are retired, never deleted. */
public interface StandardChangeCatalogue {
    Optional<StandardChange> find(String code);

    List<StandardChange> all();

    /** @throws org.relman.platform.domain.ConflictException naming {@code code} when it is taken */
    StandardChange add(StandardChange entry);

    StandardChange setActive(String code, boolean active);
}
