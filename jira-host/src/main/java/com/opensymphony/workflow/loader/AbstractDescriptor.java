package com.opensymphony.workflow.loader;

import java.io.Serializable;

/** Compile-only mirror (see MIRRORS.md): every member throws. The real class also implements OSWorkflow's XMLizable, left out here. */
public abstract class AbstractDescriptor implements Serializable {

    private static final long serialVersionUID = 1L;

    public int getId() {
        throw new UnsupportedOperationException("compile-only mirror");
    }
}
