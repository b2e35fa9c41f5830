package org.relman.dsl.app;

import java.util.List;
import java.util.Optional;
import org.relman.dsl.domain.NewStorageRoot;
import org.relman.dsl.domain.StorageRoot;

/** Where the DSL's storage roots are configured. */
public interface StorageRootStore {
    /** Every root, ordered by path. */
    List<StorageRoot> list();

    Optional<StorageRoot> find(long id);

    /** @throws org.relman.platform.domain.ConflictException naming {@code path} when another root has the path */
    StorageRoot create(NewStorageRoot root);

    /**
     * @throws org.relman.platform.domain.ConflictException naming {@code path} when another root has the path
     * @throws org.relman.platform.domain.NotFoundException when there is no such root
     */
    StorageRoot update(long id, NewStorageRoot root);

    /** @return whether there was such a root */
    boolean delete(long id);
}
