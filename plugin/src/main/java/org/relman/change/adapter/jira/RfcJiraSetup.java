package org.relman.change.adapter.jira;

import com.atlassian.beehive.ClusterLock;
import com.atlassian.beehive.ClusterLockService;
import com.atlassian.jira.issue.issuetype.IssueType;
import com.atlassian.plugin.spring.scanner.annotation.export.ExportAsService;
import com.atlassian.sal.api.lifecycle.LifecycleAware;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import javax.inject.Inject;
import javax.inject.Named;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs relman's Jira setup when the app is enabled (SAL calls {@link #onStart()} once Jira is up,
 * and again after every enable or upgrade): the RFC and Release issue types, the RFC workflow's
 * statuses and the RFC fields. Every step looks up by name first, so a re-run creates nothing twice.
 *
 * <p>Cluster safety: all nodes of a Data Center cluster enable the app at about the same time. Setup
 * runs under a cluster-wide lock. A node that gets the lock at once runs the setup; a node that has
 * to wait for it knows another node has just run it, and skips — it does not look again, because
 * Jira replicates its caches of issue types and fields between nodes asynchronously and a fresh
 * lookup there could miss what the other node has just created.
 */
@Named
@ExportAsService(LifecycleAware.class)
public class RfcJiraSetup implements LifecycleAware {
    static final String LOCK_NAME = "org.relman.jira-setup";
    private static final long WAIT_MINUTES = 5;
    private static final Logger LOG = LoggerFactory.getLogger(RfcJiraSetup.class);

    private final ClusterLockService lockService;
    private final JiraIssueTypeSetup issueTypes;
    private final JiraStatusSetup statuses;
    private final RfcFieldSetup fields;

    @Inject
    public RfcJiraSetup(ClusterLockService lockService, JiraIssueTypeSetup issueTypes,
                        JiraStatusSetup statuses, RfcFieldSetup fields) {
        this.lockService = lockService;
        this.issueTypes = issueTypes;
        this.statuses = statuses;
        this.fields = fields;
    }

    @Override
    public void onStart() {
        Optional<SetupReport> report = runOnce();
        report.ifPresent(r -> {
            LOG.info("relman Jira setup: {}", r);
            r.problems().forEach(problem -> LOG.warn("relman Jira setup needs an admin: {}", problem));
        });
    }

    @Override
    public void onStop() {
        // nothing to release: setup holds no resources between runs
    }

    /** Runs the setup if this node gets the lock first; empty when another node ran it or it could not run. */
    public Optional<SetupReport> runOnce() {
        ClusterLock lock = lockService.getLockForName(LOCK_NAME);
        if (lock.tryLock()) {
            try {
                return Optional.of(setUp());
            } finally {
                lock.unlock();
            }
        }
        waitForOtherNode(lock);
        return Optional.empty();
    }

    SetupReport setUp() {
        SetupReport report = new SetupReport();
        try {
            Optional<IssueType> rfc = issueTypes.ensure(RfcIssueTypes.RFC, "A request for change, decided by the Change Advisory Board (relman).", report);
            issueTypes.ensure(RfcIssueTypes.RELEASE, "A release packaging approved RFCs (relman).", report);
            statuses.ensureAll(report);
            if (rfc.isPresent()) {
                fields.ensureAll(rfc.get(), report);
            } else {
                report.problem("RFC fields not created because the RFC issue type is missing");
            }
        } catch (RuntimeException e) {
            LOG.error("relman Jira setup stopped", e);
            report.problem("setup stopped: " + e + "; disable and enable relman to retry");
        }
        return report;
    }

    private static void waitForOtherNode(ClusterLock lock) {
        try {
            if (lock.tryLock(WAIT_MINUTES, TimeUnit.MINUTES)) {
                lock.unlock();
                LOG.info("relman Jira setup ran on another node; this node skips it");
            } else {
                LOG.warn("relman Jira setup: another node held the setup lock for {} minutes; this node skips it", WAIT_MINUTES);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
