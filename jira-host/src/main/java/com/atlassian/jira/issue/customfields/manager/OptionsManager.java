package com.atlassian.jira.issue.customfields.manager;

import com.atlassian.jira.issue.customfields.option.Option;
import com.atlassian.jira.issue.fields.config.FieldConfig;

/** Compile-only mirror (see MIRRORS.md): only option creation. */
public interface OptionsManager {

    Option createOption(FieldConfig fieldConfig, Long parentOptionId, Long sequence, String value);
}
