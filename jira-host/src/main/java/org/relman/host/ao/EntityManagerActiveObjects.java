package org.relman.host.ao;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.activeobjects.external.ActiveObjectsModuleMetaData;
import com.atlassian.sal.api.transaction.TransactionCallback;
import net.java.ao.ActiveObjectsException;
import net.java.ao.DBParam;
import net.java.ao.EntityManager;
import net.java.ao.EntityStreamCallback;
import net.java.ao.Query;
import net.java.ao.RawEntity;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Map;
import javax.sql.DataSource;

/**
 * Jira's {@link ActiveObjects} service rebuilt over the real {@code net.java.ao.EntityManager}, so repository code
 * written against the Jira facade runs unchanged in tests and in the sandbox. Tables and columns get the names
 * Jira gives them ({@code AO_xxxxxx_ENTITY}, upper-case underscored columns). SQL failures surface as
 * {@link ActiveObjectsException}, the superclass of what Jira throws. See {@link TransactionRunner} for
 * {@link #executeInTransaction} semantics.
 */
public final class EntityManagerActiveObjects implements ActiveObjects, AutoCloseable {

    private final String tablePrefix;
    private final DatabaseKind.Detected database;
    private final ThreadBoundDataSource dataSource;
    private final EntityManager entityManager;
    private final TransactionRunner transactions;
    private final ActiveObjectsModuleMetaData metaData;
    private volatile boolean closed;

    private EntityManagerActiveObjects(DataSource dataSource, String aoNamespace) {
        this.tablePrefix = AoTablePrefix.forNamespace(aoNamespace);
        this.database = DatabaseKind.detect(dataSource);
        this.dataSource = new ThreadBoundDataSource(dataSource);
        this.entityManager = new EntityManager(
                database.kind().provider(this.dataSource, database.schema()), new JiraNaming(tablePrefix));
        this.transactions = new TransactionRunner(this.dataSource);
        this.metaData = new HostModuleMetaData(database.kind().jiraType(), this::tableExists);
    }

    /** Detects HSQLDB or PostgreSQL from the DataSource's connection metadata (fail clearly for anything else). */
    public static EntityManagerActiveObjects create(DataSource dataSource, String aoNamespace) {
        if (dataSource == null) {
            throw new IllegalArgumentException("dataSource must not be null");
        }
        return new EntityManagerActiveObjects(dataSource, aoNamespace);
    }

    /** The prefix of every table of the namespace, e.g. {@code AO_301B80} for {@code org.relman}. */
    public String tablePrefix() {
        return tablePrefix;
    }

    /** The table name exactly as Jira would create it, e.g. {@code AO_301B80_CHANGE_REQUEST}. */
    public String tableName(Class<? extends RawEntity<?>> entity) {
        return entityManager.getTableNameConverter().getName(entity);
    }

    /** For tests and bulk paths that need raw SQL; its connections join {@link #executeInTransaction}. */
    public EntityManager entityManager() {
        return entityManager;
    }

    /** Disposes the EntityManager; does not close the DataSource. */
    @Override
    public void close() {
        closed = true;
        dataSource.dispose();
    }

    @SafeVarargs
    @Override
    public final void migrate(Class<? extends RawEntity<?>>... entities) {
        sql(() -> {
            entityManager.migrate(entities);
            return null;
        });
    }

    @SafeVarargs
    @Override
    public final void migrateDestructively(Class<? extends RawEntity<?>>... entities) {
        sql(() -> {
            entityManager.migrateDestructively(entities);
            return null;
        });
    }

    @Override
    @SuppressWarnings("deprecation")
    public void flushAll() {
        open().flushAll();
    }

    @Override
    @SuppressWarnings("deprecation")
    public void flush(RawEntity<?>... entities) {
        open().flush(entities);
    }

    @SafeVarargs
    @Override
    public final <T extends RawEntity<K>, K> T[] get(Class<T> type, K... keys) {
        return sql(() -> entityManager.get(type, keys));
    }

    @Override
    public <T extends RawEntity<K>, K> T get(Class<T> type, K key) {
        return sql(() -> entityManager.get(type, key));
    }

    @Override
    public <T extends RawEntity<K>, K> T create(Class<T> type, DBParam... params) {
        return sql(() -> entityManager.create(type, params));
    }

    @Override
    public <T extends RawEntity<K>, K> T create(Class<T> type, Map<String, Object> params) {
        return sql(() -> entityManager.create(type, params));
    }

    @Override
    public void delete(RawEntity<?>... entities) {
        sql(() -> {
            entityManager.delete(entities);
            return null;
        });
    }

    @Override
    public <K> int deleteWithSQL(Class<? extends RawEntity<K>> type, String criteria, Object... parameters) {
        return sql(() -> entityManager.deleteWithSQL(type, criteria, parameters));
    }

    @Override
    public <T extends RawEntity<K>, K> T[] find(Class<T> type) {
        return sql(() -> entityManager.find(type));
    }

    @Override
    public <T extends RawEntity<K>, K> T[] find(Class<T> type, String criteria, Object... parameters) {
        return sql(() -> entityManager.find(type, criteria, parameters));
    }

    @Override
    public <T extends RawEntity<K>, K> T[] find(Class<T> type, Query query) {
        return sql(() -> entityManager.find(type, query));
    }

    @Override
    public <T extends RawEntity<K>, K> T[] find(Class<T> type, String field, Query query) {
        return sql(() -> entityManager.find(type, field, query));
    }

    @Override
    public <T extends RawEntity<K>, K> T[] findWithSQL(Class<T> type, String keyField, String sql,
                                                       Object... parameters) {
        return sql(() -> entityManager.findWithSQL(type, keyField, sql, parameters));
    }

    @Override
    public <T extends RawEntity<K>, K> void stream(Class<T> type, EntityStreamCallback<T, K> streamCallback) {
        sql(() -> {
            entityManager.stream(type, streamCallback);
            return null;
        });
    }

    @Override
    public <T extends RawEntity<K>, K> void stream(Class<T> type, Query query,
                                                   EntityStreamCallback<T, K> streamCallback) {
        sql(() -> {
            entityManager.stream(type, query, streamCallback);
            return null;
        });
    }

    @Override
    public <K> int count(Class<? extends RawEntity<K>> type) {
        return sql(() -> entityManager.count(type));
    }

    @Override
    public <K> int count(Class<? extends RawEntity<K>> type, String criteria, Object... parameters) {
        return sql(() -> entityManager.count(type, criteria, parameters));
    }

    @Override
    public <K> int count(Class<? extends RawEntity<K>> type, Query query) {
        return sql(() -> entityManager.count(type, query));
    }

    @Override
    public <T> T executeInTransaction(TransactionCallback<T> callback) {
        open();
        return transactions.run(callback);
    }

    @Override
    public ActiveObjectsModuleMetaData moduleMetaData() {
        return metaData;
    }

    private boolean tableExists(Class<? extends RawEntity<?>> entity) {
        String table = tableName(entity);
        return sql(() -> {
            try (Connection connection = dataSource.getConnection();
                 ResultSet tables = connection.getMetaData()
                         .getTables(null, database.schema(), table, new String[] {"TABLE"})) {
                return tables.next();
            }
        });
    }

    private EntityManager open() {
        if (closed) {
            throw new IllegalStateException("EntityManagerActiveObjects for " + tablePrefix + " is closed");
        }
        return entityManager;
    }

    /** An EntityManager call; its checked SQLException becomes the unchecked one Jira's facade throws. */
    @FunctionalInterface
    private interface SqlCall<R> {
        R call() throws SQLException;
    }

    private <R> R sql(SqlCall<R> call) {
        open();
        try {
            return call.call();
        } catch (SQLException e) {
            throw new ActiveObjectsException(e.getMessage(), e);
        }
    }
}
