package org.relman.sandbox.issues;

import java.util.List;
import java.util.Map;
import org.relman.platform.domain.IssueRef;

/**
 * The issues the sandbox starts with: RFCs in a change project and a release in a release project,
 * filed by the seeded users. The assignees are chosen so segregation of duties shows: Cole is a CAB
 * member assigned to CHG-1, so he may not vote on it.
 */
final class DemoIssues {

    static final Map<String, String> PROJECTS = Map.of(
            "CHG", "Change Management",
            "REL", "Release Management");

    static final List<IssueRef> ALL = List.of(
            new IssueRef(10000, "CHG-1", "CHG", "RFC", "Upgrade the CRM application to 5.2", "rita", "cole"),
            new IssueRef(10001, "CHG-2", "CHG", "RFC", "Renew the payment gateway's TLS certificate before it expires",
                    "rita", "chris"),
            new IssueRef(10002, "CHG-3", "CHG", "RFC", "Add a read replica to the orders database", "connie", null),
            new IssueRef(10003, "REL-1", "REL", "Release", "CRM 5.2 release (March window)", "rob", "rob"));

    private DemoIssues() {
    }
}
