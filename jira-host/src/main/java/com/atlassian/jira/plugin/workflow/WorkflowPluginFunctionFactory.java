package com.atlassian.jira.plugin.workflow;

/** Compile-only mirror (see MIRRORS.md): marker for the factory of a workflow-function module. */
public interface WorkflowPluginFunctionFactory extends WorkflowPluginFactory {
}
