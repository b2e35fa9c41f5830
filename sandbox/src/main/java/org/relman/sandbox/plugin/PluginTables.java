package org.relman.sandbox.plugin;

import com.atlassian.activeobjects.external.ActiveObjects;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import net.java.ao.RawEntity;
import org.relman.host.ao.EntityManagerActiveObjects;
import org.relman.sandbox.plugin.PluginDescriptor.AoModule;

/**
 * The plugin's {@code <ao>} module: Jira's ActiveObjects service over the sandbox's database, with
 * the module's entities migrated at start (Jira migrates them when the plugin is enabled), so the
 * tables carry the same {@code AO_xxxxxx_} names as in Jira.
 */
public final class PluginTables implements AutoCloseable {

    private final EntityManagerActiveObjects activeObjects;
    private final int entityCount;

    private PluginTables(EntityManagerActiveObjects activeObjects, int entityCount) {
        this.activeObjects = activeObjects;
        this.entityCount = entityCount;
    }

    public static PluginTables start(AoModule module, DataSource dataSource, ClassLoader loader) {
        List<Class<? extends RawEntity<?>>> entities = new ArrayList<>();
        for (String name : module.entityClasses()) {
            entities.add(entityClass(name, loader));
        }
        EntityManagerActiveObjects ao = EntityManagerActiveObjects.create(dataSource, module.namespace());
        try {
            @SuppressWarnings("unchecked")
            Class<? extends RawEntity<?>>[] array = entities.toArray(new Class[0]);
            ao.migrate(array);
        } catch (RuntimeException e) {
            ao.close();
            throw new PluginStartException("Migrating the plugin's tables (<ao key=\"" + module.key() + "\">) failed: "
                    + PluginContainer.rootMessage(e), e);
        }
        return new PluginTables(ao, entities.size());
    }

    public ActiveObjects activeObjects() {
        return activeObjects;
    }

    public int entityCount() {
        return entityCount;
    }

    @Override
    public void close() {
        activeObjects.close();
    }

    @SuppressWarnings("unchecked")
    private static Class<? extends RawEntity<?>> entityClass(String name, ClassLoader loader) {
        try {
            Class<?> cls = Class.forName(name, false, loader);
            if (!RawEntity.class.isAssignableFrom(cls)) {
                throw new PluginStartException("<ao> lists " + name + ", which is not an Active Objects entity");
            }
            return (Class<? extends RawEntity<?>>) cls;
        } catch (ClassNotFoundException | LinkageError e) {
            throw new PluginStartException("<ao> lists entity " + name + " but it cannot be loaded: " + e, e);
        }
    }
}
