package org.relman.change.app;

import java.util.List;
import javax.inject.Inject;
import javax.inject.Named;
import org.relman.cmdb.app.AffectedCiStore;

/** An RFC's affected CIs as the CMDB stores them, by key. */
@Named
public class CmdbAffectedCiKeys implements AffectedCiKeys {
    private final AffectedCiStore store;

    @Inject
    public CmdbAffectedCiKeys(AffectedCiStore store) {
        this.store = store;
    }

    @Override
    public List<String> of(long issueId) {
        return store.of(issueId).stream().map(affected -> affected.ci().key()).toList();
    }
}
