package com.atlassian.query.operand;

/** Compile-only mirror (see MIRRORS.md): a JQL operand; relman only passes it into QueryLiteral. */
public interface Operand {
}
