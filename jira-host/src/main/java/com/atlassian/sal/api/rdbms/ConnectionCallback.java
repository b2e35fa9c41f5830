package com.atlassian.sal.api.rdbms;

import java.sql.Connection;

/** Compile-only mirror (see MIRRORS.md). */
@FunctionalInterface
public interface ConnectionCallback<A> {

    A execute(Connection connection);
}
