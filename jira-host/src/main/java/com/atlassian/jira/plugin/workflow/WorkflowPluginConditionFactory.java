package com.atlassian.jira.plugin.workflow;

/** Compile-only mirror (see MIRRORS.md): marker for the factory of a workflow-condition module. */
public interface WorkflowPluginConditionFactory extends WorkflowPluginFactory {
}
