package com.atlassian.query.clause;

/** Compile-only mirror (see MIRRORS.md): passed to JQL functions; relman reads none of it. The real interface extends Clause. */
public interface TerminalClause {
}
