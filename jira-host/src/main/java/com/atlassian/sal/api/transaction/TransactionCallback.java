package com.atlassian.sal.api.transaction;

/** Compile-only mirror (see MIRRORS.md). */
@FunctionalInterface
public interface TransactionCallback<T> {

    T doInTransaction();
}
