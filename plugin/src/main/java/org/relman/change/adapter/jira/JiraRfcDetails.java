package org.relman.change.adapter.jira;

import com.atlassian.jira.issue.CustomFieldManager;
import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.IssueManager;
import com.atlassian.jira.issue.customfields.option.Option;
import com.atlassian.jira.issue.fields.CustomField;
import com.atlassian.jira.user.ApplicationUser;
import java.time.Instant;
import java.util.Collection;
import java.util.Date;
import java.util.Locale;
import java.util.Optional;
import javax.inject.Inject;
import javax.inject.Named;
import org.relman.change.app.RfcDetails;
import org.relman.change.domain.ChangeType;
import org.relman.change.domain.Rfc;
import org.relman.platform.adapter.jira.JiraRefs;
import org.relman.platform.domain.IssueRef;

/**
 * An RFC's fields as Jira holds them: the issue must be of the RFC issue type, and each field is
 * read from the custom field relman created ({@link RfcField}). A field an admin has not put on
 * the RFC's screens simply reads as empty; an RFC without a change type counts as a normal change,
 * the case that goes through the CAB.
 */
@Named
public class JiraRfcDetails implements RfcDetails {
    private final IssueManager issueManager;
    private final CustomFieldManager customFieldManager;
    private final JiraRefs refs;

    @Inject
    public JiraRfcDetails(IssueManager issueManager,
                          CustomFieldManager customFieldManager, JiraRefs refs) {
        this.issueManager = issueManager;
        this.customFieldManager = customFieldManager;
        this.refs = refs;
    }

    @Override
    public Optional<Rfc> find(IssueRef issueRef) {
        Issue issue = issueRef == null ? null : issueManager.getIssueObject(issueRef.id());
        if (issue == null || issue.getIssueType() == null
                || !RfcIssueTypes.RFC.equalsIgnoreCase(issue.getIssueType().getName())) {
            return Optional.empty();
        }
        Instant windowStart = instant(value(issue, RfcField.WINDOW_START));
        Instant windowEnd = instant(value(issue, RfcField.WINDOW_END));
        String fingerprint = MaterialFingerprint.of(text(value(issue, RfcField.IMPLEMENTATION_PLAN)),
                text(value(issue, RfcField.BACKOUT_PLAN)), text(value(issue, RfcField.TEST_PLAN)), windowStart, windowEnd);
        return Optional.of(new Rfc(refs.issue(issue), changeType(text(value(issue, RfcField.CHANGE_TYPE))),
                text(value(issue, RfcField.RISK)), text(value(issue, RfcField.IMPACT)), text(value(issue, RfcField.URGENCY)),
                userKey(value(issue, RfcField.CHANGE_OWNER)), windowStart, windowEnd,
                text(value(issue, RfcField.STANDARD_CHANGE_CODE)), fingerprint));
    }

    private Object value(Issue issue, RfcField field) {
        Collection<CustomField> fields = customFieldManager.getCustomFieldObjectsByName(field.fieldName());
        if (fields == null || fields.isEmpty()) {
            return null;
        }
        return issue.getCustomFieldValue(fields.iterator().next());
    }

    /** Select lists hold an Option, text fields a String. */
    private static String text(Object value) {
        String text = value instanceof Option option ? option.getValue() : value instanceof String s ? s : null;
        return text == null || text.isBlank() ? null : text.strip();
    }

    /** Date-time fields hold a java.sql.Timestamp, a Date. */
    private static Instant instant(Object value) {
        return value instanceof Date date ? date.toInstant() : null;
    }

    private static String userKey(Object value) {
        return value instanceof ApplicationUser user ? user.getKey() : null;
    }

    private static ChangeType changeType(String option) {
        if (option == null) {
            return ChangeType.NORMAL;
        }
        String word = option.strip().split("[\\s(]", 2)[0].toUpperCase(Locale.ROOT);
        for (ChangeType type : ChangeType.values()) {
            if (type.name().equals(word)) {
                return type;
            }
        }
        return ChangeType.NORMAL;
    }
}
