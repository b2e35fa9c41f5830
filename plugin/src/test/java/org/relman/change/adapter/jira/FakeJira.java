package org.relman.change.adapter.jira;

import com.atlassian.beehive.ClusterLock;
import com.atlassian.beehive.ClusterLockService;
import com.atlassian.jira.config.IssueTypeManager;
import com.atlassian.jira.config.StatusCategoryManager;
import com.atlassian.jira.config.StatusManager;
import com.atlassian.jira.config.properties.ApplicationProperties;
import com.atlassian.jira.issue.CustomFieldManager;
import com.atlassian.jira.issue.customfields.CustomFieldSearcher;
import com.atlassian.jira.issue.customfields.CustomFieldType;
import com.atlassian.jira.issue.customfields.manager.OptionsManager;
import com.atlassian.jira.issue.customfields.option.Option;
import com.atlassian.jira.issue.fields.CustomField;
import com.atlassian.jira.issue.fields.config.FieldConfig;
import com.atlassian.jira.issue.fields.config.FieldConfigScheme;
import com.atlassian.jira.issue.issuetype.IssueType;
import com.atlassian.jira.issue.status.Status;
import com.atlassian.jira.issue.status.category.StatusCategory;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/**
 * The parts of a Jira's configuration relman's setup touches, in memory and thread-safe, shared by
 * any number of "nodes". Creating takes a little while, as a database write does, so that racing
 * nodes really overlap. What was created is kept in order for the tests to read.
 */
final class FakeJira {
    record Type(String id, String name, String description, Long avatarId) implements IssueType {
        @Override
        public String getId() {
            return id;
        }

        @Override
        public String getName() {
            return name;
        }

        @Override
        public boolean isSubTask() {
            return false;
        }
    }

    record JiraStatus(String id, String name, String description, String category) implements Status {
        @Override
        public String getId() {
            return id;
        }

        @Override
        public String getName() {
            return name;
        }
    }

    record Category(String key) implements StatusCategory {
    }

    record FieldType(String key) implements CustomFieldType<Object, Object> {
    }

    record Searcher(String key) implements CustomFieldSearcher {
    }

    record Config(String fieldName) implements FieldConfig, FieldConfigScheme {
        @Override
        public FieldConfig getOneAndOnlyConfig() {
            return this;
        }
    }

    record Field(long idAsLong, String name, String typeKey, String searcherKey, List<Object> contexts, List<Object> issueTypes)
            implements CustomField {
        @Override
        public String getId() {
            return "customfield_" + idAsLong;
        }

        @Override
        public Long getIdAsLong() {
            return idAsLong;
        }

        @Override
        public String getName() {
            return name;
        }

        @Override
        public List<FieldConfigScheme> getConfigurationSchemes() {
            return List.of(new Config(name));
        }
    }

    record FieldOption(String fieldName, Long sequence, String value) implements Option {
        @Override
        public Long getOptionId() {
            return sequence;
        }

        @Override
        public String getValue() {
            return value;
        }
    }

    final List<Type> issueTypes = new CopyOnWriteArrayList<>();
    final List<JiraStatus> statuses = new CopyOnWriteArrayList<>();
    final List<Field> fields = new CopyOnWriteArrayList<>();
    final List<FieldOption> options = new CopyOnWriteArrayList<>();
    final Map<String, String> properties = new ConcurrentHashMap<>(Map.of(JiraIssueTypeSetup.DEFAULT_AVATAR_PROPERTY, "10300"));
    final Set<String> missingFieldTypes = new HashSet<>();
    private final AtomicLong ids = new AtomicLong(10000);
    private final ReentrantLock clusterLock = new ReentrantLock();

    FakeJira() {
        statuses.add(new JiraStatus("6", "Closed", "Jira's own", "done"));
    }

    /** One node of the cluster: its own setup components over this shared Jira and the shared lock. */
    RfcJiraSetup node() {
        IssueTypeManager issueTypeManager = new IssueTypeManager() {
            @Override
            public Collection<IssueType> getIssueTypes() {
                return new ArrayList<>(issueTypes);
            }

            @Override
            public IssueType createIssueType(String name, String description, Long avatarId) {
                slowWrite();
                Type type = new Type(String.valueOf(ids.incrementAndGet()), name, description, avatarId);
                issueTypes.add(type);
                return type;
            }
        };
        ApplicationProperties applicationProperties = properties::get;
        StatusManager statusManager = new StatusManager() {
            @Override
            public Status createStatus(String name, String description, String iconUrl, StatusCategory category) {
                slowWrite();
                JiraStatus status = new JiraStatus(String.valueOf(ids.incrementAndGet()), name, description, ((Category) category).key());
                statuses.add(status);
                return status;
            }

            @Override
            public Collection<Status> getStatuses() {
                return new ArrayList<>(statuses);
            }
        };
        StatusCategoryManager categories = new StatusCategoryManager() {
            @Override
            public StatusCategory getDefaultStatusCategory() {
                return new Category("undefined");
            }

            @Override
            public StatusCategory getStatusCategoryByKey(String key) {
                return List.of("new", "indeterminate", "done").contains(key) ? new Category(key) : null;
            }
        };
        CustomFieldManager customFieldManager = new FakeCustomFields();
        OptionsManager optionsManager = (config, parent, sequence, value) -> {
            FieldOption option = new FieldOption(((Config) config).fieldName(), sequence, value);
            options.add(option);
            return option;
        };
        ClusterLockService locks = name -> new SharedLock();
        return new RfcJiraSetup(locks, new JiraIssueTypeSetup(issueTypeManager, applicationProperties),
                new JiraStatusSetup(statusManager, categories), new RfcFieldSetup(customFieldManager, optionsManager));
    }

    List<String> issueTypeNames() {
        return issueTypes.stream().map(Type::name).toList();
    }

    Field field(RfcField field) {
        return fields.stream().filter(f -> f.name().equals(field.fieldName())).findFirst().orElseThrow();
    }

    private static void slowWrite() {
        try {
            Thread.sleep(5);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @SuppressWarnings("rawtypes")
    private final class FakeCustomFields implements CustomFieldManager {
        @Override
        public Collection<CustomField> getCustomFieldObjectsByName(String name) {
            return fields.stream().filter(f -> f.name().equals(name)).map(CustomField.class::cast).toList();
        }

        @Override
        public CustomFieldType getCustomFieldType(String key) {
            return missingFieldTypes.contains(key) ? null : new FieldType(key);
        }

        @Override
        public CustomFieldSearcher getCustomFieldSearcher(String key) {
            return new Searcher(key);
        }

        @Override
        public CustomField createCustomField(String name, String description, CustomFieldType type,
                                             CustomFieldSearcher searcher, List contexts, List issueTypes) {
            slowWrite();
            Field field = new Field(ids.incrementAndGet(), name, ((FieldType) type).key(),
                    searcher == null ? null : ((Searcher) searcher).key(), new ArrayList<Object>(contexts), new ArrayList<Object>(issueTypes));
            fields.add(field);
            return field;
        }
    }

    /** A cluster lock every node of this Jira shares, like Beehive's database-backed lock. */
    private final class SharedLock implements ClusterLock {
        @Override
        public void lock() {
            clusterLock.lock();
        }

        @Override
        public void lockInterruptibly() throws InterruptedException {
            clusterLock.lockInterruptibly();
        }

        @Override
        public boolean tryLock() {
            return clusterLock.tryLock();
        }

        @Override
        public boolean tryLock(long time, TimeUnit unit) throws InterruptedException {
            return clusterLock.tryLock(time, unit);
        }

        @Override
        public void unlock() {
            clusterLock.unlock();
        }

        @Override
        public Condition newCondition() {
            throw new UnsupportedOperationException("ClusterLock has no conditions");
        }
    }
}
