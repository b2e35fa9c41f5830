package com.atlassian.jira.issue.customfields.option;

/** Compile-only mirror (see MIRRORS.md): a select-list value. The real interface extends SimpleOption&lt;Option&gt;. */
public interface Option {

    Long getOptionId();

    String getValue();
}
