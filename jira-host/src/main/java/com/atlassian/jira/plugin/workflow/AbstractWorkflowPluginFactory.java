package com.atlassian.jira.plugin.workflow;

import com.opensymphony.workflow.loader.AbstractDescriptor;
import java.util.Collection;
import java.util.Map;

/**
 * Compile-only mirror (see MIRRORS.md): every implemented method throws; the constructor does not.
 * In Jira, getVelocityParams dispatches "view", "input-parameters" and "edit-parameters" to the three
 * abstract methods. getDescriptorParams is left to the concrete factory.
 */
public abstract class AbstractWorkflowPluginFactory implements WorkflowPluginFactory {

    @Override
    public Map<String, Object> getVelocityParams(String resourceName, AbstractDescriptor descriptor) {
        throw new UnsupportedOperationException("compile-only mirror");
    }

    protected abstract void getVelocityParamsForInput(Map<String, Object> velocityParams);

    protected abstract void getVelocityParamsForEdit(Map<String, Object> velocityParams, AbstractDescriptor descriptor);

    protected abstract void getVelocityParamsForView(Map<String, Object> velocityParams, AbstractDescriptor descriptor);

    protected Map<String, ?> extractMultipleParams(Map<String, Object> params, Collection<String> paramNames) {
        throw new UnsupportedOperationException("compile-only mirror");
    }

    protected String extractSingleParam(Map<String, Object> params, String paramName) {
        throw new UnsupportedOperationException("compile-only mirror");
    }

    protected Map<String, String> createMap(Map<String, String> params) {
        throw new UnsupportedOperationException("compile-only mirror");
    }
}
