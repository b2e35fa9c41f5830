package org.relman.change.adapter.workflow;

import com.atlassian.jira.plugin.workflow.AbstractWorkflowPluginFactory;
import com.opensymphony.workflow.loader.AbstractDescriptor;
import com.opensymphony.workflow.loader.ConditionDescriptor;
import com.opensymphony.workflow.loader.FunctionDescriptor;
import com.opensymphony.workflow.loader.ValidatorDescriptor;
import java.util.HashMap;
import java.util.Map;

/**
 * What relman's three workflow modules share in Jira's workflow editor. None of them needs settings:
 * the rules live in change management. The one argument each stores is the version of its
 * arguments, {@value #ARGS_VERSION}: customers' workflows keep whatever was stored for years, and the
 * version lets a later relman tell old settings from new. The view warns when a stored version is
 * not the current one (for instance a workflow imported without it).
 */
public abstract class RelmanModuleFactory extends AbstractWorkflowPluginFactory {
    static final String ARGS_VERSION_KEY = "relmanArgs";
    static final String ARGS_VERSION = "1";

    @Override
    protected void getVelocityParamsForInput(Map<String, Object> velocityParams) {
        velocityParams.put("argsVersion", ARGS_VERSION);
    }

    @Override
    protected void getVelocityParamsForEdit(Map<String, Object> velocityParams, AbstractDescriptor descriptor) {
        getVelocityParamsForInput(velocityParams);
        velocityParams.put("storedArgsVersion", storedArgsVersion(descriptor));
    }

    @Override
    protected void getVelocityParamsForView(Map<String, Object> velocityParams, AbstractDescriptor descriptor) {
        String stored = storedArgsVersion(descriptor);
        velocityParams.put("storedArgsVersion", stored);
        velocityParams.put("outdated", !ARGS_VERSION.equals(stored));
    }

    /** Whatever the form sent, the module stores only its argument version: there is nothing to configure. */
    @Override
    public Map<String, ?> getDescriptorParams(Map<String, Object> formParams) {
        Map<String, String> params = new HashMap<>();
        params.put(ARGS_VERSION_KEY, ARGS_VERSION);
        return params;
    }

    @SuppressWarnings("rawtypes")
    static String storedArgsVersion(AbstractDescriptor descriptor) {
        Map args = descriptor instanceof ValidatorDescriptor v ? v.getArgs()
                : descriptor instanceof ConditionDescriptor c ? c.getArgs()
                : descriptor instanceof FunctionDescriptor f ? f.getArgs() : null;
        Object stored = args == null ? null : args.get(ARGS_VERSION_KEY);
        return stored == null ? "none" : String.valueOf(stored);
    }
}
