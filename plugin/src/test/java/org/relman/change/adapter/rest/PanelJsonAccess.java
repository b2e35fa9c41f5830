package org.relman.change.adapter.rest;

import org.relman.change.app.PanelState;

/** Lets the CAB panel view benchmark build the REST answer without going through JAX-RS. */
public final class PanelJsonAccess {
    private PanelJsonAccess() {
    }

    public static PanelJson of(PanelState state) {
        return PanelJson.of(state);
    }
}
