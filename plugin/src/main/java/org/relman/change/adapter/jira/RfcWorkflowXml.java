package org.relman.change.adapter.jira;

import com.atlassian.jira.issue.status.Status;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.inject.Inject;
import javax.inject.Named;
import org.relman.platform.app.AccessGuard;
import org.relman.platform.domain.ConflictException;
import org.relman.platform.domain.RelmanRole;

/**
 * The RFC workflow as a Jira administrator imports it. A workflow's XML names each step's status by
 * Jira's database id, which differs from one Jira to the next; the shipped file
 * ({@value #TEMPLATE}) therefore names statuses by a placeholder, {@code @status:Name@}, and this
 * class fills in the ids of this Jira's statuses. Importing an XML whose ids do not exist leaves
 * Jira with a broken workflow, so a missing status is refused, not guessed.
 */
@Named
public class RfcWorkflowXml {
    public static final String TEMPLATE = "/workflows/relman-rfc-workflow.xml";
    static final Pattern STATUS_PLACEHOLDER = Pattern.compile("@status:([^@<>]+)@");

    private final AccessGuard guard;
    private final JiraStatusSetup statuses;

    @Inject
    public RfcWorkflowXml(AccessGuard guard, JiraStatusSetup statuses) {
        this.guard = guard;
        this.statuses = statuses;
    }

    /** The workflow XML with this Jira's status ids; only a relman administrator (a Jira admin) may have it. */
    public String forThisJira() {
        guard.requireRole(RelmanRole.ADMINISTRATOR, "download the RFC workflow");
        Matcher placeholder = STATUS_PLACEHOLDER.matcher(template());
        StringBuilder xml = new StringBuilder();
        while (placeholder.find()) {
            String name = placeholder.group(1);
            Optional<Status> status = statuses.find(name);
            if (status.isEmpty()) {
                throw new ConflictException("status", "Jira has no status named '" + name
                        + "': disable and enable relman so that it creates the RFC statuses, then download the workflow again.");
            }
            placeholder.appendReplacement(xml, Matcher.quoteReplacement(status.get().getId()));
        }
        placeholder.appendTail(xml);
        return xml.toString();
    }

    /** The shipped workflow, placeholders and all. */
    public static String template() {
        try (InputStream in = RfcWorkflowXml.class.getResourceAsStream(TEMPLATE)) {
            if (in == null) {
                throw new IllegalStateException(TEMPLATE + " is missing from the plugin jar");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
