package org.relman.cmdb.domain;

import java.util.List;

/**
 * The types every CMDB starts with. They are created on first use, and an admin may rename or retire them like any
 * other. Other features rely on {@link #RELEASE_PACKAGE} (the DSL records release packages as CIs of that type).
 */
public final class DefaultCmdbTypes {
    public static final String RELEASE_PACKAGE = "release-package";
    public static final String DEPENDS_ON = "depends-on";

    public static final List<CiType> CI_TYPES = List.of(
            new CiType("service", "Service", false),
            new CiType("application", "Application", false),
            new CiType("server", "Server", false),
            new CiType("database", "Database", false),
            new CiType("network", "Network", false),
            new CiType("storage", "Storage", false),
            new CiType("middleware", "Middleware", false),
            new CiType(RELEASE_PACKAGE, "Release package", false));

    public static final List<RelationshipType> RELATIONSHIP_TYPES = List.of(
            new RelationshipType(DEPENDS_ON, "depends on", "is depended on by", false),
            new RelationshipType("runs-on", "runs on", "hosts", false),
            new RelationshipType("part-of", "is part of", "contains", false),
            new RelationshipType("connected-to", "connected to", "connected to", false));

    private DefaultCmdbTypes() {
    }
}
