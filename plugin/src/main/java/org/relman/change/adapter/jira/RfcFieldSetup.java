package org.relman.change.adapter.jira;

import com.atlassian.jira.issue.CustomFieldManager;
import com.atlassian.jira.issue.context.GlobalIssueContext;
import com.atlassian.jira.issue.customfields.CustomFieldSearcher;
import com.atlassian.jira.issue.customfields.CustomFieldType;
import com.atlassian.jira.issue.customfields.manager.OptionsManager;
import com.atlassian.jira.issue.fields.CustomField;
import com.atlassian.jira.issue.fields.config.FieldConfig;
import com.atlassian.jira.issue.fields.config.FieldConfigScheme;
import com.atlassian.jira.issue.issuetype.IssueType;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import javax.inject.Inject;
import javax.inject.Named;

/**
 * Creates the RFC's custom fields ({@link RfcField}) that do not exist yet, in a context limited to
 * the RFC issue type, and gives each new select list its values. A field that already exists is
 * left exactly as the admin has it — options included — so re-enabling never undoes their work.
 */
@Named
public class RfcFieldSetup {
    private final CustomFieldManager customFieldManager;
    private final OptionsManager optionsManager;

    @Inject
    public RfcFieldSetup(CustomFieldManager customFieldManager,
                         OptionsManager optionsManager) {
        this.customFieldManager = customFieldManager;
        this.optionsManager = optionsManager;
    }

    public void ensureAll(IssueType rfcIssueType, SetupReport report) {
        for (RfcField field : RfcField.values()) {
            Collection<CustomField> existing = customFieldManager.getCustomFieldObjectsByName(field.fieldName());
            if (existing != null && !existing.isEmpty()) {
                report.found("field " + field.fieldName());
                continue;
            }
            create(field, rfcIssueType, report);
        }
    }

    @SuppressWarnings("rawtypes")
    private void create(RfcField field, IssueType rfcIssueType, SetupReport report) {
        CustomFieldType type = customFieldManager.getCustomFieldType(field.kind().typeKey());
        CustomFieldSearcher searcher = customFieldManager.getCustomFieldSearcher(field.kind().searcherKey());
        if (type == null) {
            report.problem("field " + field.fieldName() + " not created: Jira has no field type " + field.kind().typeKey()
                    + "; create it by hand in Administration > Issues > Custom fields");
            return;
        }
        CustomField created;
        try {
            created = customFieldManager.createCustomField(field.fieldName(), field.description(), type, searcher,
                    new ArrayList<>(List.of(GlobalIssueContext.getInstance())), new ArrayList<>(List.of(rfcIssueType)));
        } catch (Exception e) {
            report.problem("field " + field.fieldName() + " not created (" + e.getMessage()
                    + "); create it by hand in Administration > Issues > Custom fields");
            return;
        }
        report.created("field " + field.fieldName());
        addOptions(field, created, report);
    }

    private void addOptions(RfcField field, CustomField created, SetupReport report) {
        if (field.options().isEmpty()) {
            return;
        }
        List<FieldConfigScheme> schemes = created == null ? null : created.getConfigurationSchemes();
        FieldConfig config = schemes == null || schemes.isEmpty() ? null : schemes.get(0).getOneAndOnlyConfig();
        if (config == null) {
            report.problem("field " + field.fieldName() + " has no options: add " + field.options()
                    + " in its context (Administration > Issues > Custom fields > Configure)");
            return;
        }
        long sequence = 1;
        for (String value : field.options()) {
            optionsManager.createOption(config, null, sequence++, value);
        }
        report.created("options " + field.options() + " of " + field.fieldName());
    }
}
