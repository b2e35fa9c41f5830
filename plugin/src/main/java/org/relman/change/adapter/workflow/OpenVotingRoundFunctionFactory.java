package org.relman.change.adapter.workflow;

import com.atlassian.jira.plugin.workflow.WorkflowPluginFunctionFactory;

/** Jira's workflow editor's view of the post-function "open a voting round when an RFC is submitted" ({@link OpenVotingRoundFunction}). */
public class OpenVotingRoundFunctionFactory extends RelmanModuleFactory implements WorkflowPluginFunctionFactory {
}
