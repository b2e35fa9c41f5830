package org.relman.change.adapter.workflow;

import com.atlassian.jira.plugin.workflow.WorkflowPluginConditionFactory;

/** Jira's workflow editor's view of the condition "current user may vote" ({@link MayVoteCondition}). */
public class MayVoteConditionFactory extends RelmanModuleFactory implements WorkflowPluginConditionFactory {
}
