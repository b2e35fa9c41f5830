package org.relman.dsl.app;

import java.util.List;
import javax.inject.Inject;
import javax.inject.Named;
import org.relman.dsl.domain.NewStorageRoot;
import org.relman.dsl.domain.StorageRoot;
import org.relman.platform.domain.InvalidInputException;
import org.relman.platform.domain.NotFoundException;

/**
 * The directories relman may read DSL copies from. Only the relman administrator configures them, since
 * they decide which of the server's files the integrity check may open; librarians may read them to know
 * where copies belong. Copies refer to locations, not to roots, so changing or removing a root only
 * changes what the next integrity check may read.
 */
@Named
public class StorageRoots {
    private final DslAccess access;
    private final StorageRootStore store;

    @Inject
    public StorageRoots(DslAccess access, StorageRootStore store) {
        this.access = access;
        this.store = store;
    }

    public List<StorageRoot> list() {
        access.librarianOrAdministrator("see the DSL's storage roots");
        return store.list();
    }

    public StorageRoot create(NewStorageRoot.Input input) {
        access.administrator("configure the DSL's storage roots");
        return store.create(NewStorageRoot.validate(required(input)));
    }

    public StorageRoot update(long id, NewStorageRoot.Input input) {
        access.administrator("configure the DSL's storage roots");
        return store.update(id, NewStorageRoot.validate(required(input)));
    }

    public void delete(long id) {
        access.administrator("configure the DSL's storage roots");
        if (!store.delete(id)) {
            throw notFound(id);
        }
    }

    private static NewStorageRoot.Input required(NewStorageRoot.Input input) {
        if (input == null) {
            throw new InvalidInputException("request", "A storage root (path and label) is required in the request body.");
        }
        return input;
    }

    static NotFoundException notFound(long id) {
        return new NotFoundException("No DSL storage root has the id " + id + ".");
    }
}
