package com.atlassian.activeobjects.external;

/**
 * Compile-only mirror (see MIRRORS.md): every member throws. Jira's class parses the string as an int.
 */
public final class ModelVersion implements Comparable<ModelVersion> {

    private ModelVersion() {
        throw new UnsupportedOperationException("compile-only mirror");
    }

    public static ModelVersion valueOf(String s) {
        throw new UnsupportedOperationException("compile-only mirror");
    }

    @Override
    public int compareTo(ModelVersion other) {
        throw new UnsupportedOperationException("compile-only mirror");
    }

    public boolean isOlderThan(ModelVersion other) {
        throw new UnsupportedOperationException("compile-only mirror");
    }

    public boolean isNewerThan(ModelVersion other) {
        throw new UnsupportedOperationException("compile-only mirror");
    }

    public boolean isSame(ModelVersion other) {
        throw new UnsupportedOperationException("compile-only mirror");
    }

    @Override
    public String toString() {
        throw new UnsupportedOperationException("compile-only mirror");
    }
}
