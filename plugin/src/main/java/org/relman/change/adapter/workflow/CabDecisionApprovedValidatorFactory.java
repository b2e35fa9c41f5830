package org.relman.change.adapter.workflow;

import com.atlassian.jira.plugin.workflow.WorkflowPluginValidatorFactory;

/** Jira's workflow editor's view of the validator "CAB decision is approved" ({@link CabDecisionApprovedValidator}). */
public class CabDecisionApprovedValidatorFactory extends RelmanModuleFactory implements WorkflowPluginValidatorFactory {
}
