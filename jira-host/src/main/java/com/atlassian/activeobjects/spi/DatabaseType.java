package com.atlassian.activeobjects.spi;

/**
 * Compile-only mirror (see MIRRORS.md). Enum constants are linked by name, never inlined, so a constant missing
 * at runtime fails loudly rather than silently.
 */
public enum DatabaseType {
    H2,
    HSQL,
    MYSQL,
    POSTGRESQL,
    ORACLE,
    MS_SQL,
    DB2,
    DERBY_EMBEDDED,
    DERBY_NETWORK,
    NUODB,
    UNKNOWN
}
