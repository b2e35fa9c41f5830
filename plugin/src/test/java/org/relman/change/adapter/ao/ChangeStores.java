package org.relman.change.adapter.ao;

import com.atlassian.activeobjects.external.ActiveObjects;
import net.java.ao.RawEntity;
import org.relman.audit.adapter.ao.AuditEntryAO;
import org.relman.change.app.AgendaStore;
import org.relman.change.app.CabStore;
import org.relman.change.app.ChangeTransaction;
import org.relman.change.app.DeputyStore;
import org.relman.change.app.RoundStore;
import org.relman.change.app.StandardChangeCatalogue;

/** The change stores for tests outside this package; the stores themselves stay package-private. */
public final class ChangeStores {
    /** Every table change management and its change log use. */
    @SuppressWarnings("unchecked")
    public static final Class<? extends RawEntity<?>>[] ENTITIES = new Class[] {
            CabAO.class, CabMemberAO.class, CabGroupMinAO.class, CabDeputyAO.class, CabRoundAO.class, CabVoteAO.class,
            CabAgendaAO.class, CabAgendaItemAO.class, StdChangeAO.class, RfcAO.class, AuditEntryAO.class};

    private ChangeStores() {
    }

    public static CabStore cabs(ActiveObjects ao) {
        return new AoCabStore(ao);
    }

    public static RoundStore rounds(ActiveObjects ao) {
        return new AoRoundStore(ao);
    }

    public static DeputyStore deputies(ActiveObjects ao) {
        return new AoDeputyStore(ao);
    }

    public static AgendaStore agendas(ActiveObjects ao) {
        return new AoAgendaStore(ao);
    }

    public static StandardChangeCatalogue catalogue(ActiveObjects ao) {
        return new AoStandardChangeCatalogue(ao);
    }

    public static ChangeTransaction transactions(ActiveObjects ao) {
        return new AoChangeTransaction(ao);
    }
}
