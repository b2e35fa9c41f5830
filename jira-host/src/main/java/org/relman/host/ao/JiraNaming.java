package org.relman.host.ao;

import net.java.ao.EntityManagerConfiguration;
import net.java.ao.SchemaConfiguration;
import net.java.ao.atlassian.AtlassianFieldNameConverter;
import net.java.ao.atlassian.AtlassianIndexNameConverter;
import net.java.ao.atlassian.AtlassianSequenceNameConverter;
import net.java.ao.atlassian.AtlassianTableNameConverter;
import net.java.ao.atlassian.AtlassianTriggerNameConverter;
import net.java.ao.atlassian.AtlassianUniqueNameConverter;
import net.java.ao.builder.SimpleNameConverters;
import net.java.ao.schema.NameConverters;
import net.java.ao.schema.info.CachingEntityInfoResolverFactory;
import net.java.ao.schema.info.EntityInfoResolverFactory;

import java.util.Locale;

/**
 * The EntityManager configuration Jira's AO plugin uses: Atlassian name converters with the namespace's table
 * prefix, and a schema configuration that lets AO manage (create, alter, drop) only tables carrying that prefix, so
 * {@code migrateDestructively} never touches anything else in the database.
 */
final class JiraNaming implements EntityManagerConfiguration {

    private final String tablePrefix;
    private final NameConverters nameConverters;
    private final EntityInfoResolverFactory entityInfoResolverFactory = new CachingEntityInfoResolverFactory();

    JiraNaming(String tablePrefix) {
        this.tablePrefix = tablePrefix;
        this.nameConverters = new SimpleNameConverters(
                new AtlassianTableNameConverter(name -> tablePrefix + "_" + name),
                new AtlassianFieldNameConverter(),
                new AtlassianSequenceNameConverter(),
                new AtlassianTriggerNameConverter(),
                new AtlassianIndexNameConverter(),
                new AtlassianUniqueNameConverter());
    }

    @Override
    public boolean useWeakCache() {
        return true;
    }

    @Override
    public NameConverters getNameConverters() {
        return nameConverters;
    }

    @Override
    public SchemaConfiguration getSchemaConfiguration() {
        String owned = tablePrefix + "_";
        return (tableName, caseSensitive) -> tableName != null && (caseSensitive
                ? tableName.startsWith(owned)
                : tableName.toLowerCase(Locale.ENGLISH).startsWith(owned.toLowerCase(Locale.ENGLISH)));
    }

    @Override
    public EntityInfoResolverFactory getEntityInfoResolverFactory() {
        return entityInfoResolverFactory;
    }
}
