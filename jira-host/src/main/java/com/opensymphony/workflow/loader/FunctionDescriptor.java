package com.opensymphony.workflow.loader;

import java.util.Map;

/** Compile-only mirror (see MIRRORS.md): every member throws. The args are what a workflow module's factory stored. */
@SuppressWarnings("rawtypes")
public class FunctionDescriptor extends AbstractDescriptor {

    private static final long serialVersionUID = 1L;

    public Map getArgs() {
        throw new UnsupportedOperationException("compile-only mirror");
    }
}
