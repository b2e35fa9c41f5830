package com.atlassian.util.profiling;

/**
 * No-op stand-in for atlassian-profiling's {@code Metrics}, which {@code net.java.ao.EntityManager} calls around
 * every operation. Only the members AO 6.1.1's bytecode calls are present, with the same descriptors
 * ({@code metric(String)} static; {@code Metrics$Builder} a public static nested class called with invokevirtual).
 * Inside Jira the real class is used instead.
 */
public final class Metrics {

    private static final Builder NO_OP_BUILDER = new Builder();

    private Metrics() {
    }

    public static Builder metric(String name) {
        return NO_OP_BUILDER;
    }

    /** Records nothing; every call returns the same builder. */
    public static class Builder {

        private static final Ticker NO_OP_TICKER = () -> { };

        Builder() {
        }

        public Builder tag(String key, String value) {
            return this;
        }

        public Builder withAnalytics() {
            return this;
        }

        public Builder invokerPluginKey(String pluginKey) {
            return this;
        }

        public Ticker startTimer() {
            return NO_OP_TICKER;
        }
    }
}
