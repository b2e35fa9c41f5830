package org.relman.change.adapter.jira;

import java.util.List;

/**
 * The Jira custom fields of an RFC (requirements §1.1), created by {@link RfcFieldSetup} on enable
 * and read by {@link JiraRfcDetails}. relman finds them by these names: renaming one in Jira makes
 * relman create a fresh field on the next enable, so admins should leave the names alone.
 * Affected configuration items are not a field: relman's CMDB stores them.
 */
public enum RfcField {
    CHANGE_TYPE("RFC change type", Kind.SELECT, "Standard (pre-approved), normal, emergency or major change.",
            List.of("Standard", "Normal", "Emergency", "Major")),
    RISK("RFC risk", Kind.SELECT, "Risk of the change.", List.of("Low", "Medium", "High")),
    IMPACT("RFC impact", Kind.SELECT, "Impact on the business if the change goes wrong.", List.of("Low", "Medium", "High")),
    URGENCY("RFC urgency", Kind.SELECT, "How soon the change is needed.", List.of("Low", "Medium", "High")),
    BUSINESS_JUSTIFICATION("RFC business justification", Kind.TEXT_AREA, "Why the business needs the change.", List.of()),
    IMPLEMENTATION_PLAN("RFC implementation plan", Kind.TEXT_AREA, "How the change is carried out.", List.of()),
    BACKOUT_PLAN("RFC backout plan", Kind.TEXT_AREA, "How the change is undone if it fails.", List.of()),
    TEST_PLAN("RFC test plan", Kind.TEXT_AREA, "How the change is shown to work.", List.of()),
    WINDOW_START("RFC requested window start", Kind.DATE_TIME, "Start of the requested change window.", List.of()),
    WINDOW_END("RFC requested window end", Kind.DATE_TIME, "End of the requested change window.", List.of()),
    CHANGE_OWNER("RFC change owner", Kind.USER, "Who owns the change; may not vote on it.", List.of()),
    STANDARD_CHANGE_CODE("RFC standard change code", Kind.TEXT, "Catalogue code of a pre-approved standard change.", List.of());

    /** Jira's system custom field types and the searcher each is created with. */
    public enum Kind {
        SELECT("select", "multiselectsearcher"),
        TEXT_AREA("textarea", "textsearcher"),
        TEXT("textfield", "textsearcher"),
        DATE_TIME("datetime", "datetimerange"),
        USER("userpicker", "userpickergroupsearcher");

        private static final String SYSTEM_TYPES = "com.atlassian.jira.plugin.system.customfieldtypes:";
        private final String typeKey;
        private final String searcherKey;

        Kind(String type, String searcher) {
            this.typeKey = SYSTEM_TYPES + type;
            this.searcherKey = SYSTEM_TYPES + searcher;
        }

        public String typeKey() {
            return typeKey;
        }

        public String searcherKey() {
            return searcherKey;
        }
    }

    private final String fieldName;
    private final Kind kind;
    private final String description;
    private final List<String> options;

    RfcField(String fieldName, Kind kind, String description, List<String> options) {
        this.fieldName = fieldName;
        this.kind = kind;
        this.description = description;
        this.options = options;
    }

    public String fieldName() {
        return fieldName;
    }

    public Kind kind() {
        return kind;
    }

    public String description() {
        return description;
    }

    /** The select-list values created with the field; empty for other kinds. */
    public List<String> options() {
        return options;
    }
}
