package org.relman.cmdb.adapter.ao;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import java.util.Arrays;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import javax.inject.Inject;
import javax.inject.Named;
import net.java.ao.DBParam;
import net.java.ao.Query;
import org.relman.cmdb.app.CmdbTypeStore;
import org.relman.cmdb.domain.CiType;
import org.relman.cmdb.domain.DefaultCmdbTypes;
import org.relman.cmdb.domain.RelationshipType;
import org.relman.platform.domain.ConflictException;

/**
 * CI and relationship types in Active Objects. The defaults are inserted on first read, each in a transaction of
 * its own: when two nodes race, the unique CODE lets one insert win and the other finds the row there.
 */
@Named
class AoCmdbTypeStore implements CmdbTypeStore {
    private final ActiveObjects ao;

    @Inject
    AoCmdbTypeStore(@ComponentImport ActiveObjects ao) {
        this.ao = ao;
    }

    @Override
    public List<CiType> ciTypes() {
        Set<String> present = Arrays.stream(ciRows()).map(CmdbCiTypeAO::getCode).collect(Collectors.toSet());
        for (CiType type : DefaultCmdbTypes.CI_TYPES) {
            if (!present.contains(type.code())) {
                insertOnce(CmdbCiTypeAO.class, type.code(), () -> insertCi(type));
            }
        }
        return Arrays.stream(ciRows()).map(AoCmdbTypeStore::ci).toList();
    }

    @Override
    public List<RelationshipType> relationshipTypes() {
        Set<String> present = Arrays.stream(relRows()).map(CmdbRelTypeAO::getCode).collect(Collectors.toSet());
        for (RelationshipType type : DefaultCmdbTypes.RELATIONSHIP_TYPES) {
            if (!present.contains(type.code())) {
                insertOnce(CmdbRelTypeAO.class, type.code(), () -> insertRel(type));
            }
        }
        return Arrays.stream(relRows()).map(AoCmdbTypeStore::rel).toList();
    }

    @Override
    public CiType createCiType(CiType type) {
        return create(CmdbCiTypeAO.class, type.code(), () -> ci(insertCi(type)));
    }

    @Override
    public RelationshipType createRelationshipType(RelationshipType type) {
        return create(CmdbRelTypeAO.class, type.code(), () -> rel(insertRel(type)));
    }

    @Override
    public Optional<CiType> changeCiType(String code, String name, Boolean retired) {
        return ao.executeInTransaction(() -> {
            CmdbCiTypeAO[] rows = ao.find(CmdbCiTypeAO.class, Query.select().where(CmdbCiTypeAO.CODE + " = ?", code));
            if (rows.length == 0) {
                return Optional.empty();
            }
            CmdbCiTypeAO row = rows[0];
            if (name != null) {
                row.setName(name);
            }
            row.setRetiredAt(retiredAt(row.getRetiredAt(), retired));
            row.save();
            return Optional.of(ci(row));
        });
    }

    @Override
    public Optional<RelationshipType> changeRelationshipType(String code, String name, String inverseName, Boolean retired) {
        return ao.executeInTransaction(() -> {
            CmdbRelTypeAO[] rows = ao.find(CmdbRelTypeAO.class, Query.select().where(CmdbRelTypeAO.CODE + " = ?", code));
            if (rows.length == 0) {
                return Optional.empty();
            }
            CmdbRelTypeAO row = rows[0];
            if (name != null) {
                row.setName(name);
            }
            if (inverseName != null) {
                row.setInverseName(inverseName);
            }
            row.setRetiredAt(retiredAt(row.getRetiredAt(), retired));
            row.save();
            return Optional.of(rel(row));
        });
    }

    private static Date retiredAt(Date current, Boolean retired) {
        if (retired == null) {
            return current;
        }
        return retired ? (current == null ? new Date() : current) : null;
    }

    private CmdbCiTypeAO[] ciRows() {
        return ao.find(CmdbCiTypeAO.class, Query.select().order(CmdbCiTypeAO.CODE));
    }

    private CmdbRelTypeAO[] relRows() {
        return ao.find(CmdbRelTypeAO.class, Query.select().order(CmdbRelTypeAO.CODE));
    }

    private CmdbCiTypeAO insertCi(CiType type) {
        return ao.create(CmdbCiTypeAO.class, new DBParam(CmdbCiTypeAO.CODE, type.code()), new DBParam("NAME", type.name()));
    }

    private CmdbRelTypeAO insertRel(RelationshipType type) {
        return ao.create(CmdbRelTypeAO.class, new DBParam(CmdbRelTypeAO.CODE, type.code()), new DBParam("NAME", type.name()),
                new DBParam("INVERSE_NAME", type.inverseName()));
    }

    /** Inserts a default unless another node got there first. */
    private void insertOnce(Class<? extends net.java.ao.RawEntity<Integer>> table, String code, Supplier<?> insert) {
        try {
            ao.executeInTransaction(insert::get);
        } catch (RuntimeException e) {
            if (ao.count(table, Query.select().where("CODE = ?", code)) == 0) {
                throw e;
            }
        }
    }

    private <T> T create(Class<? extends net.java.ao.RawEntity<Integer>> table, String code, Supplier<T> insert) {
        try {
            return ao.executeInTransaction(() -> {
                if (ao.count(table, Query.select().where("CODE = ?", code)) > 0) {
                    throw taken(code);
                }
                return insert.get();
            });
        } catch (ConflictException e) {
            throw e;
        } catch (RuntimeException e) {
            if (ao.count(table, Query.select().where("CODE = ?", code)) > 0) {
                throw taken(code);
            }
            throw e;
        }
    }

    private static ConflictException taken(String code) {
        return new ConflictException("code", "code " + code + " is already used by another type.");
    }

    private static CiType ci(CmdbCiTypeAO row) {
        return new CiType(row.getCode(), row.getName(), row.getRetiredAt() != null);
    }

    private static RelationshipType rel(CmdbRelTypeAO row) {
        return new RelationshipType(row.getCode(), row.getName(), row.getInverseName(), row.getRetiredAt() != null);
    }
}
