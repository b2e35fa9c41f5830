package org.relman.audit.adapter.ao;

import com.atlassian.activeobjects.external.ActiveObjects;
import org.relman.audit.app.ChangeLog;

/** The change log store for tests outside this package. */
public final class AuditStores {
    private AuditStores() {
    }

    public static ChangeLog changeLog(ActiveObjects ao) {
        return new AoChangeLog(ao);
    }
}
