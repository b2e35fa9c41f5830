package com.opensymphony.module.propertyset;

/** Compile-only mirror (see MIRRORS.md): passed through to workflow modules only; relman calls none of its methods. */
public interface PropertySet {
}
