package org.relman.change.app;

import javax.inject.Inject;
import javax.inject.Named;
import org.relman.cmdb.app.AffectedCisListener;
import org.relman.platform.domain.IssueRef;
import org.relman.platform.domain.UserRef;

/** When someone changes an RFC's affected CIs, {@link Rounds} decides whether that opens a new voting round (§1.4). */
@Named
public class RfcCisChanged implements AffectedCisListener {
    private final Rounds rounds;

    @Inject
    public RfcCisChanged(Rounds rounds) {
        this.rounds = rounds;
    }

    @Override
    public void affectedCisChanged(IssueRef issue, UserRef by) {
        rounds.afterIssueChanged(issue, by.key());
    }
}
