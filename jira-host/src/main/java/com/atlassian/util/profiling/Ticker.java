package com.atlassian.util.profiling;

/**
 * Stand-in for atlassian-profiling's {@code Ticker}: AO 6.1.1 calls {@code close()V} on it with invokeinterface.
 */
public interface Ticker extends AutoCloseable {

    @Override
    void close();
}
