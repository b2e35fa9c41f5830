package org.relman.change.app;

import java.util.Optional;
import javax.inject.Inject;
import javax.inject.Named;
import org.relman.change.domain.Cab;
import org.relman.change.domain.ChangeType;
import org.relman.change.domain.Rfc;
import org.relman.change.domain.StandardChange;

/**
 * Which CAB decides an RFC (requirements §1.2): an emergency RFC goes to the emergency CAB; every other RFC,
 * and an emergency one while no emergency CAB exists, to the CAB flagged default. A standard change raised
 * from an active entry of the pre-approved catalogue goes to no CAB at all.
 */
@Named
public class CabRouting {
    private final CabStore cabs;
    private final StandardChangeCatalogue catalogue;

    @Inject
    public CabRouting(CabStore cabs, StandardChangeCatalogue catalogue) {
        this.cabs = cabs;
        this.catalogue = catalogue;
    }

    public Optional<Cab> cabFor(Rfc rfc) {
        if (rfc.changeType() == ChangeType.EMERGENCY) {
            Optional<Cab> emergency = cabs.emergency();
            if (emergency.isPresent()) {
                return emergency;
            }
        }
        return cabs.defaultCab();
    }

    /** The active catalogue entry a standard change was raised from, if that is what the RFC is. */
    public Optional<StandardChange> preApproved(Rfc rfc) {
        if (rfc.changeType() != ChangeType.STANDARD || rfc.standardChangeCode() == null) {
            return Optional.empty();
        }
        return catalogue.find(rfc.standardChangeCode()).filter(StandardChange::active);
    }

    public static String skipsTheCab(String rfcKey, StandardChange entry) {
        return rfcKey + " is a standard change from the pre-approved catalogue (" + entry.code() + ": " + entry.name()
                + "), so it skips the CAB.";
    }
}
