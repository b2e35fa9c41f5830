package org.relman.change.app;

import java.util.function.Supplier;

/**
 * One database transaction around a use case's work: all of it is committed, or none. When the database
 * refuses the work because another node got there first (a unique key such as the change log's sequence
 * number or a ballot, a serialization failure or a deadlock), the work runs again from the start, so it
 * must read what it needs inside {@code work}.
 */
public interface ChangeTransaction {
    <T> T run(Supplier<T> work);
}
