package org.relman.change.adapter.jira;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.lenient;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.atlassian.jira.issue.CustomFieldManager;
import com.atlassian.jira.issue.IssueManager;
import com.atlassian.jira.issue.MutableIssue;
import com.atlassian.jira.issue.customfields.option.Option;
import com.atlassian.jira.issue.fields.CustomField;
import com.atlassian.jira.user.util.UserManager;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mockito.Mock;
import org.mockito.junit.jupiter.MockitoExtension;
import org.relman.change.domain.ChangeType;
import org.relman.change.domain.Rfc;
import org.relman.platform.adapter.jira.JiraFixtures;
import org.relman.platform.adapter.jira.JiraRefs;
import org.relman.platform.domain.IssueRef;

@ExtendWith(MockitoExtension.class)
class JiraRfcDetailsTest {
    private static final Instant START = Instant.parse("2026-12-05T22:00:00Z");
    private static final Instant END = Instant.parse("2026-12-06T02:00:00Z");

    @Mock
    IssueManager issueManager;
    @Mock
    CustomFieldManager customFieldManager;
    @Mock
    UserManager userManager;

    private final Map<RfcField, CustomField> fields = new EnumMap<>(RfcField.class);
    private MutableIssue issue;
    private JiraRfcDetails details;

    @BeforeEach
    void setUp() {
        for (RfcField field : RfcField.values()) {
            CustomField customField = mock(CustomField.class, field.fieldName());
            fields.put(field, customField);
            lenient().when(customFieldManager.getCustomFieldObjectsByName(field.fieldName())).thenReturn(List.of(customField));
        }
        issue = JiraFixtures.issue(10500L, "CHG-7", "RFC");
        details = new JiraRfcDetails(issueManager, customFieldManager, new JiraRefs(userManager));
    }

    private void fill(RfcField field, Object value) {
        lenient().when(issue.getCustomFieldValue(fields.get(field))).thenReturn(value);
    }

    private static Option option(String value) {
        Option option = mock(Option.class, value);
        when(option.getValue()).thenReturn(value);
        return option;
    }

    private Rfc read() {
        when(issueManager.getIssueObject(10500L)).thenReturn(issue);
        return details.find(new IssueRef(10500L, "CHG-7", "CHG", "RFC", null, null, null)).orElseThrow();
    }

    @Test
    void readsEveryRfcFieldFromItsCustomField() {
        fill(RfcField.CHANGE_TYPE, option("Emergency"));
        fill(RfcField.RISK, option("High"));
        fill(RfcField.IMPACT, option("Medium"));
        fill(RfcField.URGENCY, option("High"));
        fill(RfcField.CHANGE_OWNER, JiraFixtures.user("JIRAUSER10300", "olga", "Olga Owner"));
        fill(RfcField.WINDOW_START, Timestamp.from(START));
        fill(RfcField.WINDOW_END, Timestamp.from(END));
        fill(RfcField.IMPLEMENTATION_PLAN, "Stop CRM\nPatch DB");
        fill(RfcField.BACKOUT_PLAN, "Restore backup");
        fill(RfcField.TEST_PLAN, "Smoke test");
        fill(RfcField.STANDARD_CHANGE_CODE, "  ");

        Rfc rfc = read();

        assertThat(rfc.issue().key()).isEqualTo("CHG-7");
        assertThat(rfc.issue().reporterKey()).isEqualTo("JIRAUSER10001");
        assertThat(rfc.changeType()).isEqualTo(ChangeType.EMERGENCY);
        assertThat(rfc.risk()).isEqualTo("High");
        assertThat(rfc.impact()).isEqualTo("Medium");
        assertThat(rfc.urgency()).isEqualTo("High");
        assertThat(rfc.changeOwnerKey()).isEqualTo("JIRAUSER10300");
        assertThat(rfc.windowStart()).isEqualTo(START);
        assertThat(rfc.windowEnd()).isEqualTo(END);
        assertThat(rfc.standardChangeCode()).isNull();
        assertThat(rfc.materialFingerprint())
                .isEqualTo(MaterialFingerprint.of("Stop CRM\nPatch DB", "Restore backup", "Smoke test", START, END));
    }

    @Test
    void aStandardChangeCarriesItsCatalogueCode() {
        fill(RfcField.CHANGE_TYPE, option("Standard"));
        fill(RfcField.STANDARD_CHANGE_CODE, " STD-042 ");

        Rfc rfc = read();

        assertThat(rfc.changeType()).isEqualTo(ChangeType.STANDARD);
        assertThat(rfc.standardChangeCode()).isEqualTo("STD-042");
    }

    @Test
    void anRfcWithNothingFilledInIsANormalChange() {
        Rfc rfc = read();

        assertThat(rfc.changeType()).isEqualTo(ChangeType.NORMAL);
        assertThat(rfc.risk()).isNull();
        assertThat(rfc.changeOwnerKey()).isNull();
        assertThat(rfc.windowStart()).isNull();
        assertThat(rfc.materialFingerprint()).isEqualTo(MaterialFingerprint.of(null, null, null, null, null));
    }

    @Test
    void fieldsAnAdminDeletedReadAsEmpty() {
        lenient().when(customFieldManager.getCustomFieldObjectsByName(anyString())).thenReturn(List.of());

        assertThat(read().changeType()).isEqualTo(ChangeType.NORMAL);
    }

    @Test
    void anIssueOfAnotherTypeOrAMissingIssueIsNotAnRfc() {
        MutableIssue bug = JiraFixtures.issue(10600L, "CHG-8", "Bug");
        when(issueManager.getIssueObject(10600L)).thenReturn(bug);

        assertThat(details.find(new IssueRef(10600L, "CHG-8", "CHG", "Bug", null, null, null))).isEmpty();
        assertThat(details.find(new IssueRef(404L, "CHG-404", "CHG", "RFC", null, null, null))).isEmpty();
    }
}
