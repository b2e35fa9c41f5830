package org.relman.change.app;

import java.util.List;

/** The keys of the CIs an RFC affects: they are material (requirements §1.4), and relman stores them, not Jira. */
@FunctionalInterface
public interface AffectedCiKeys {
    List<String> of(long issueId);
}
