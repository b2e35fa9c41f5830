package org.relman.change.adapter.ao;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.inject.Inject;
import javax.inject.Named;
import net.java.ao.DBParam;
import net.java.ao.Query;
import org.relman.change.app.DeputyStore;
import org.relman.change.domain.Deputy;

/** Deputies in {@code AO_301B80_CAB_DEPUTY}. */
@Named
class AoDeputyStore implements DeputyStore {
    private final ActiveObjects ao;

    @Inject
    AoDeputyStore(@ComponentImport ActiveObjects ao) {
        this.ao = ao;
    }

    @Override
    public List<Deputy> ofMember(String memberKey) {
        return read(Query.select().where(CabDeputyAO.MEMBER_KEY + " = ?", memberKey).order(CabDeputyAO.VALID_FROM));
    }

    @Override
    public List<Deputy> actingAt(String deputyKey, Instant at) {
        return read(Query.select().where(CabDeputyAO.DEPUTY_KEY + " = ? AND " + CabDeputyAO.VALID_FROM + " <= ? AND "
                + CabDeputyAO.VALID_TO + " > ?", deputyKey, Rows.date(at), Rows.date(at)).order("ID"));
    }

    @Override
    public Deputy add(String memberKey, String deputyKey, Instant validFrom, Instant validTo) {
        return ao.executeInTransaction(() -> {
            CabDeputyAO row = ao.create(CabDeputyAO.class,
                    new DBParam(CabDeputyAO.MEMBER_KEY, memberKey),
                    new DBParam(CabDeputyAO.DEPUTY_KEY, deputyKey),
                    new DBParam(CabDeputyAO.VALID_FROM, Rows.date(validFrom)),
                    new DBParam(CabDeputyAO.VALID_TO, Rows.date(validTo)));
            return new Deputy(row.getID(), memberKey, deputyKey, validFrom, validTo);
        });
    }

    @Override
    public Optional<Deputy> find(long id) {
        return read(Query.select().where("ID = ?", id)).stream().findFirst();
    }

    @Override
    public void remove(long id) {
        ao.executeInTransaction(() -> ao.deleteWithSQL(CabDeputyAO.class, "ID = ?", id));
    }

    private List<Deputy> read(Query query) {
        return ao.executeInTransaction(() -> {
            List<Deputy> deputies = new ArrayList<>();
            for (CabDeputyAO row : ao.find(CabDeputyAO.class, query)) {
                deputies.add(new Deputy(row.getID(), row.getMemberKey(), row.getDeputyKey(),
                        Rows.instant(row.getValidFrom()), Rows.instant(row.getValidTo())));
            }
            return deputies;
        });
    }
}
