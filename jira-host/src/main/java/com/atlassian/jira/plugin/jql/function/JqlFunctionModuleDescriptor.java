package com.atlassian.jira.plugin.jql.function;

/** Compile-only mirror (see MIRRORS.md). The real interface extends JiraResourcedModuleDescriptor&lt;JqlFunction&gt;. */
public interface JqlFunctionModuleDescriptor {

    String getFunctionName();

    boolean isList();
}
