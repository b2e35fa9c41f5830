package org.relman.change.app;

import java.util.Optional;
import org.relman.change.domain.Rfc;
import org.relman.platform.domain.IssueRef;

/** An RFC's fields, read from the host: Jira's RFC fields, or the sandbox's issue store. */
public interface RfcDetails {
    /** The RFC behind {@code issue}, or empty when the issue is not an RFC. */
    Optional<Rfc> find(IssueRef issue);
}
