package org.relman.dsl.adapter.ao;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import javax.inject.Inject;
import javax.inject.Named;
import net.java.ao.DBParam;
import net.java.ao.Query;
import org.relman.dsl.app.StorageRootStore;
import org.relman.dsl.domain.NewStorageRoot;
import org.relman.dsl.domain.StorageRoot;
import org.relman.platform.domain.ConflictException;
import org.relman.platform.domain.NotFoundException;

/** The DSL's storage roots in Active Objects. The path is unique by a database constraint. */
@Named
class AoStorageRootStore implements StorageRootStore {
    private static final String ROOT_LABEL = "ROOT_LABEL";

    private final ActiveObjects ao;

    @Inject
    AoStorageRootStore(@ComponentImport ActiveObjects ao) {
        this.ao = ao;
    }

    @Override
    public List<StorageRoot> list() {
        return ao.executeInTransaction(() -> Arrays.stream(ao.find(DslRootAO.class, Query.select().order(DslRootAO.ROOT_PATH)))
                .map(AoStorageRootStore::toRecord).toList());
    }

    @Override
    public Optional<StorageRoot> find(long id) {
        return ao.executeInTransaction(() -> row(id).map(AoStorageRootStore::toRecord));
    }

    @Override
    public StorageRoot create(NewStorageRoot root) {
        return guarded(root, () -> {
            refuseTakenPath(root, -1);
            return toRecord(ao.create(DslRootAO.class,
                    new DBParam(DslRootAO.ROOT_PATH, root.path()), new DBParam(ROOT_LABEL, root.label())));
        });
    }

    @Override
    public StorageRoot update(long id, NewStorageRoot root) {
        return guarded(root, () -> {
            DslRootAO row = row(id).orElseThrow(() -> new NotFoundException("No DSL storage root has the id " + id + "."));
            refuseTakenPath(root, id);
            row.setRootPath(root.path());
            row.setRootLabel(root.label());
            row.save();
            return toRecord(row);
        });
    }

    @Override
    public boolean delete(long id) {
        return ao.executeInTransaction(() -> {
            Optional<DslRootAO> row = row(id);
            row.ifPresent(ao::delete);
            return row.isPresent();
        });
    }

    /** Runs a write; if it lost a race for the path to another admin, answers as a sequential duplicate would be. */
    private StorageRoot guarded(NewStorageRoot root, Supplier<StorageRoot> write) {
        try {
            return ao.executeInTransaction(write::get);
        } catch (RuntimeException e) {
            if (!(e instanceof ConflictException) && !(e instanceof NotFoundException)
                    && ao.executeInTransaction(() -> ao.count(DslRootAO.class, byPath(root.path()))) > 0) {
                throw taken(root);
            }
            throw e;
        }
    }

    private void refuseTakenPath(NewStorageRoot root, long exceptId) {
        for (DslRootAO other : ao.find(DslRootAO.class, byPath(root.path()))) {
            if (other.getID() != exceptId) {
                throw taken(root);
            }
        }
    }

    private static Query byPath(String path) {
        return Query.select().where(DslRootAO.ROOT_PATH + " = ?", path);
    }

    private Optional<DslRootAO> row(long id) {
        DslRootAO[] rows = ao.find(DslRootAO.class, Query.select().where("ID = ?", id));
        return rows.length == 0 ? Optional.empty() : Optional.of(rows[0]);
    }

    private static StorageRoot toRecord(DslRootAO row) {
        return new StorageRoot(row.getID(), row.getRootPath(), row.getRootLabel());
    }

    private static ConflictException taken(NewStorageRoot root) {
        return new ConflictException("path", "Another storage root already has the path " + root.path() + ".");
    }
}
