package com.atlassian.jira.plugin.workflow;

import com.opensymphony.workflow.loader.AbstractDescriptor;
import java.util.Map;

/** Compile-only mirror (see MIRRORS.md): what Jira's workflow editor asks of a module's factory. */
public interface WorkflowPluginFactory {

    Map<String, ?> getVelocityParams(String resourceName, AbstractDescriptor descriptor);

    Map<String, ?> getDescriptorParams(Map<String, Object> formParams);
}
