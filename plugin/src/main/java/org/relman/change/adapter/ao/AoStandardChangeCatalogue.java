package org.relman.change.adapter.ao;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.inject.Inject;
import javax.inject.Named;
import net.java.ao.DBParam;
import net.java.ao.Query;
import org.relman.change.app.StandardChangeCatalogue;
import org.relman.change.domain.StandardChange;
import org.relman.platform.domain.ConflictException;

/** The standard change catalogue in {@code AO_301B80_STD_CHANGE}. */
@Named
class AoStandardChangeCatalogue implements StandardChangeCatalogue {
    private final ActiveObjects ao;

    @Inject
    AoStandardChangeCatalogue(@ComponentImport ActiveObjects ao) {
        this.ao = ao;
    }

    @Override
    public Optional<StandardChange> find(String code) {
        return read(Query.select().where(StdChangeAO.CODE + " = ?", code)).stream().findFirst();
    }

    @Override
    public List<StandardChange> all() {
        return read(Query.select().order(StdChangeAO.CODE));
    }

    @Override
    public StandardChange add(StandardChange entry) {
        try {
            return ao.executeInTransaction(() -> {
                if (find(entry.code()).isPresent()) {
                    throw taken(entry.code());
                }
                ao.create(StdChangeAO.class,
                        new DBParam(StdChangeAO.CODE, entry.code()),
                        new DBParam("NAME", entry.name()),
                        new DBParam("DESCRIPTION", entry.description()),
                        new DBParam("RISK", entry.risk()),
                        new DBParam(StdChangeAO.ACTIVE, entry.active()),
                        new DBParam("CREATED_AT", Rows.date(entry.createdAt())),
                        new DBParam("CREATED_BY", entry.createdBy()));
                return entry;
            });
        } catch (ConflictException e) {
            throw e;
        } catch (RuntimeException e) {
            // two writers racing for one code: the unique constraint decides, the loser hears the same as a sequential duplicate
            if (find(entry.code()).isPresent()) {
                throw taken(entry.code());
            }
            throw e;
        }
    }

    @Override
    public StandardChange setActive(String code, boolean active) {
        return ao.executeInTransaction(() -> {
            for (StdChangeAO row : ao.find(StdChangeAO.class, Query.select().where(StdChangeAO.CODE + " = ?", code))) {
                row.setActive(active);
                row.save();
            }
            return find(code).orElseThrow();
        });
    }

    private List<StandardChange> read(Query query) {
        return ao.executeInTransaction(() -> {
            List<StandardChange> entries = new ArrayList<>();
            for (StdChangeAO row : ao.find(StdChangeAO.class, query)) {
                entries.add(new StandardChange(row.getCode(), row.getName(), row.getDescription(), row.getRisk(), row.isActive(),
                        Rows.instant(row.getCreatedAt()), row.getCreatedBy()));
            }
            return entries;
        });
    }

    private static ConflictException taken(String code) {
        return new ConflictException("code", "code " + code + " is already used by another catalogue entry.");
    }
}
