package com.atlassian.jira.issue.fields;

import com.atlassian.jira.issue.fields.config.FieldConfigScheme;
import java.util.List;

/**
 * Compile-only mirror (see MIRRORS.md). In Jira getId() and getName() are declared on the Field
 * super-interfaces; a call through CustomField resolves to them at run time.
 */
public interface CustomField {

    /** For example {@code customfield_10100}. */
    String getId();

    Long getIdAsLong();

    String getName();

    List<FieldConfigScheme> getConfigurationSchemes();
}
