package org.relman.platform.adapter.ao;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.Blob;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import net.java.ao.Entity;
import net.java.ao.ManyToMany;
import net.java.ao.OneToMany;
import net.java.ao.OneToOne;
import net.java.ao.RawEntity;
import net.java.ao.atlassian.AtlassianFieldNameConverter;
import net.java.ao.atlassian.AtlassianTableNameConverter;
import net.java.ao.schema.Ignore;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * Jira's rules for Active Objects entities, checked on every entity the descriptor lists. A rule broken here
 * means the plugin fails to enable on some database (Oracle's 30-character names) or loses data on upgrade.
 * Run with {@code -Drelman.schema.print=true} to print every table and column name.
 */
class EntitySchemaRulesTest {
    private static final String TABLE_PREFIX = "AO_301B80_";
    private static final int MAX_NAME = 30;
    private static final int MAX_INDEXABLE_STRING = 450;
    private static final Set<Class<?>> BINARY_TYPES = Set.of(byte[].class, Byte[].class, InputStream.class, Blob.class);
    /** Reserved in SQL or in one of the databases Jira supports (Oracle, SQL Server, MySQL, PostgreSQL). */
    private static final Set<String> RESERVED = Set.of(("ACCESS ACCOUNT ACTION ADD ADMIN AFTER ALIAS ALL ALTER AND ANY "
            + "ARRAY AS ASC AT AUDIT AUTHORIZATION AVG BACKUP BEFORE BEGIN BETWEEN BLOB BODY BOTH BREAK BY CACHE CALL "
            + "CASCADE CASE CAST CHANGE CHAR CHARACTER CHECK CLASS CLOB CLOSE CLUSTER COLUMN COLUMNS COMMENT COMMIT "
            + "COMPRESS CONDITION CONNECT CONNECTION CONSTRAINT CONTAINS CONTINUE CONVERT COUNT CREATE CROSS CUBE "
            + "CURRENT CURSOR CYCLE DATA DATABASE DATE DAY DEC DECIMAL DECLARE DEFAULT DELETE DENY DESC DESCRIBE "
            + "DISTINCT DOMAIN DOUBLE DROP DUMP EACH ELSE END ENTRY ESCAPE EXCEPT EXCEPTION EXCLUSIVE EXEC EXECUTE "
            + "EXISTS EXIT EXPLAIN FALSE FETCH FILE FILTER FIRST FLOAT FOR FOREIGN FREE FROM FULL FUNCTION GET GLOBAL "
            + "GO GOTO GRANT GROUP GROUPS HASH HAVING HOLD HOUR IDENTITY IF IGNORE IMMEDIATE IN INCREMENT INDEX "
            + "INITIAL INNER INOUT INPUT INSERT INT INTEGER INTERSECT INTERVAL INTO IS JOIN KEY KEYS KILL LABEL "
            + "LANGUAGE LARGE LAST LEFT LEVEL LIKE LIMIT LINK LOAD LOCAL LOCK LOG LONG LOOP MATCH MAX MEMBER MERGE MIN "
            + "MINUS MINUTE MOD MODE MODIFY MONTH NATURAL NEW NEXT NO NONE NOT NULL NUMBER NUMERIC OBJECT OF OFF "
            + "OFFLINE OFFSET OLD ON ONLINE ONLY OPEN OPTION OR ORDER OUT OUTER OUTPUT OVER PARTITION PATH PERCENT "
            + "PLAN POSITION PRECISION PRIMARY PRIOR PRIVATE PRIVILEGES PROCEDURE PUBLIC RANGE RANK RAW READ REAL "
            + "RECURSIVE REF REFERENCES RELEASE RENAME REPEAT REPLACE RESOURCE RESTRICT RESULT RETURN REVOKE RIGHT "
            + "ROLE ROLLBACK ROW ROWID ROWNUM ROWS RULE SCHEMA SCOPE SECOND SECTION SELECT SEQUENCE SESSION SET SHARE "
            + "SIZE SMALLINT SOME SPACE START STATE STATEMENT STATISTICS STOP SUM SYNONYM SYSDATE SYSTEM TABLE "
            + "TEMPORARY THEN TIME TIMESTAMP TO TOP TRAILING TRANSACTION TRIGGER TRUE TRUNCATE TYPE UID UNDO UNION "
            + "UNIQUE UNKNOWN UNTIL UPDATE USAGE USE USER USING VALIDATE VALUE VALUES VARCHAR VERSION VIEW WHEN WHERE "
            + "WHILE WINDOW WITH WITHOUT WORK WRITE YEAR ZONE").split(" "));

    private static List<String> listed;
    private static Map<String, Class<?>> loaded;
    /** The listed classes that are entities; the rules below check these. */
    private static List<Class<?>> entities;

    /** A column as Jira names it, and the getter or setter it comes from. */
    private record Column(String name, Method method, Class<?> type) {
    }

    @BeforeAll
    static void readDescriptor() throws Exception {
        Path descriptor = Stream.of(Path.of("atlassian-plugin.xml"), Path.of("plugin", "atlassian-plugin.xml"))
                .filter(Files::isRegularFile).findFirst()
                .orElseThrow(() -> new IllegalStateException(
                        "no atlassian-plugin.xml below " + Path.of("").toAbsolutePath()));
        listed = new ArrayList<>();
        NodeList aoModules = parse(Files.newInputStream(descriptor)).getElementsByTagName("ao");
        for (int i = 0; i < aoModules.getLength(); i++) {
            NodeList entityElements = ((Element) aoModules.item(i)).getElementsByTagName("entity");
            for (int j = 0; j < entityElements.getLength(); j++) {
                listed.add(entityElements.item(j).getTextContent().trim());
            }
        }
        loaded = new LinkedHashMap<>();
        for (String name : listed) {
            try {
                loaded.put(name, Class.forName(name, false, EntitySchemaRulesTest.class.getClassLoader()));
            } catch (ClassNotFoundException e) {
                // reported by everyListedEntityIsAnActiveObjectsEntity
            }
        }
        entities = loaded.values().stream().filter(c -> c.isInterface() && Entity.class.isAssignableFrom(c)).toList();
        if (Boolean.getBoolean("relman.schema.print")) {
            entities.forEach(e -> System.out.println(tableName(e) + " "
                    + columnsOf(e).stream().map(Column::name).sorted().toList()));
        }
    }

    @Test
    void everyListedEntityIsAnActiveObjectsEntity() {
        List<String> problems = new ArrayList<>();
        for (String name : listed) {
            Class<?> entity = loaded.get(name);
            if (entity == null) {
                problems.add(name + ": no such class");
            } else if (!entity.isInterface() || !Entity.class.isAssignableFrom(entity)) {
                problems.add(name + ": not an interface extending net.java.ao.Entity");
            }
        }
        assertThat(listed).as("the <ao> module lists entities, each once").isNotEmpty().doesNotHaveDuplicates();
        assertThat(problems).isEmpty();
    }

    @Test
    void everyEntityInTheCompiledClassesIsListed() throws Exception {
        assertThat(entities).as("entities to find the compiled classes by").isNotEmpty();
        Path classes = Path.of(entities.get(0).getProtectionDomain().getCodeSource().getLocation().toURI());
        List<String> unlisted = new ArrayList<>();
        try (Stream<Path> files = Files.walk(classes.resolve("org/relman"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".class") && !f.toString().contains("$")).toList()) {
                String name = classes.relativize(file).toString().replace(file.getFileSystem().getSeparator(), ".")
                        .replaceAll("\\.class$", "");
                Class<?> type;
                try {
                    type = Class.forName(name, false, getClass().getClassLoader());
                } catch (LinkageError e) {
                    continue; // a class that cannot even load is no entity
                }
                boolean entity = type.isInterface() && (name.endsWith("AO") || RawEntity.class.isAssignableFrom(type));
                if (entity && !listed.contains(name)) {
                    unlisted.add(name);
                }
            }
        }
        assertThat(unlisted).as("entities missing from the <ao> module of atlassian-plugin.xml").isEmpty();
    }

    @Test
    void tableNamesFitInThirtyCharactersAndAreDistinct() {
        List<String> tooLong = entities.stream().map(EntitySchemaRulesTest::tableName)
                .filter(name -> name.length() > MAX_NAME).map(name -> name + " (" + name.length() + ")").toList();
        assertThat(tooLong).isEmpty();
        assertThat(entities.stream().map(EntitySchemaRulesTest::tableName).toList()).doesNotHaveDuplicates();
    }

    @Test
    void columnNamesFitInThirtyCharacters() {
        assertThat(violations(c -> c.name().length() > MAX_NAME, c -> c.name() + " (" + c.name().length() + ")")).isEmpty();
    }

    @Test
    void noColumnIsNamedWithAReservedWord() {
        assertThat(violations(c -> RESERVED.contains(c.name()), Column::name)).isEmpty();
    }

    @Test
    void stringLengthsAreIndexableOrUnlimited() {
        assertThat(violations(c -> {
            StringLength length = c.method().getAnnotation(StringLength.class);
            return length != null && length.value() != StringLength.UNLIMITED
                    && (length.value() < 1 || length.value() > MAX_INDEXABLE_STRING);
        }, c -> c.name() + " @StringLength(" + c.method().getAnnotation(StringLength.class).value() + ")")).isEmpty();
    }

    @Test
    void noColumnHoldsBinaryData() {
        assertThat(violations(c -> BINARY_TYPES.contains(c.type()), c -> c.name() + " is " + c.type().getSimpleName()))
                .isEmpty();
    }

    @Test
    void everyMethodIsAColumnAccessorOrARelation() {
        List<String> strays = new ArrayList<>();
        for (Class<?> entity : entities) {
            ownMethods(entity).filter(m -> !isRelation(m) && !m.isAnnotationPresent(Ignore.class) && property(m) == null)
                    .forEach(m -> strays.add(entity.getSimpleName() + "." + m.getName()));
        }
        assertThat(strays).as("methods AO cannot map to a column").isEmpty();
    }

    /** Our own names must be the ones Jira's converters generate, or every check above checks the wrong thing. */
    @Test
    void namesAreTheOnesJirasConvertersGenerate() {
        AtlassianTableNameConverter tables = new AtlassianTableNameConverter(name -> TABLE_PREFIX + name);
        AtlassianFieldNameConverter fields = new AtlassianFieldNameConverter();
        List<String> differences = new ArrayList<>();
        for (Class<?> entity : entities) {
            differences.add(compare(tableName(entity), () -> tables.getName(entity.asSubclass(Entity.class))));
            for (Column column : columnsOf(entity)) {
                differences.add(compare(column.name(), () -> fields.getName(column.method())));
            }
        }
        assertThat(differences.stream().filter(d -> !d.isEmpty())).isEmpty();
    }

    @Test
    void tablePrefixIsTheOneJiraDerivesFromTheAoNamespace() throws Exception {
        try (InputStream filtered = getClass().getResourceAsStream("/atlassian-plugin.xml")) {
            assertThat(filtered).as("the filtered descriptor on the classpath").isNotNull();
            String namespace = ((Element) parse(filtered).getElementsByTagName("ao").item(0)).getAttribute("namespace");
            String md5 = HexFormat.of().formatHex(
                    MessageDigest.getInstance("MD5").digest(namespace.getBytes(StandardCharsets.UTF_8)));
            assertThat("AO_" + md5.substring(md5.length() - 6).toUpperCase(Locale.ROOT) + "_")
                    .as("changing the AO namespace would rename every table").isEqualTo(TABLE_PREFIX);
        }
    }

    private static String compare(String ours, Supplier<String> jiras) {
        if (ours.length() > MAX_NAME) {
            return ""; // reported by the length rules; AO refuses to convert it
        }
        String theirs = jiras.get();
        return ours.equals(theirs) ? "" : ours + " but AO generates " + theirs;
    }

    private static List<String> violations(Predicate<Column> broken,
            Function<Column, String> describe) {
        List<String> found = new ArrayList<>();
        for (Class<?> entity : entities) {
            columnsOf(entity).stream().filter(broken).forEach(c -> found.add(tableName(entity) + "." + describe.apply(c)));
        }
        return found;
    }

    static String tableName(Class<?> entity) {
        Table table = entity.getAnnotation(Table.class);
        return TABLE_PREFIX + upperSnake(table != null ? table.value() : entity.getSimpleName());
    }

    /** Columns from getters and setters: the property in upper snake case, {@code <NAME>_ID} for a relation. */
    static List<Column> columnsOf(Class<?> entity) {
        Map<String, Column> columns = new LinkedHashMap<>();
        ownMethods(entity).filter(m -> !isRelation(m) && !m.isAnnotationPresent(Ignore.class) && property(m) != null)
                .forEach(m -> {
                    Class<?> type = m.getParameterCount() == 0 ? m.getReturnType() : m.getParameterTypes()[0];
                    String property = property(m) + (RawEntity.class.isAssignableFrom(type) ? "ID" : "");
                    columns.putIfAbsent(upperSnake(property), new Column(upperSnake(property), m, type));
                });
        return List.copyOf(columns.values());
    }

    /** The entity's methods, without RawEntity's plumbing (save, getEntityManager, ...). */
    private static Stream<Method> ownMethods(Class<?> entity) {
        return Stream.of(entity.getMethods()).filter(m -> m.getDeclaringClass() != RawEntity.class
                && !Modifier.isStatic(m.getModifiers()) && !m.isDefault())
                .sorted(Comparator.comparing(Method::getName));
    }

    private static boolean isRelation(Method m) {
        return m.isAnnotationPresent(OneToMany.class) || m.isAnnotationPresent(ManyToMany.class)
                || m.isAnnotationPresent(OneToOne.class);
    }

    /** The JavaBean property of a getter, is-getter or setter; null for any other method. */
    private static String property(Method m) {
        String name = m.getName();
        if (name.startsWith("get") && name.length() > 3 && m.getParameterCount() == 0 && m.getReturnType() != void.class) {
            return name.substring(3);
        }
        boolean bool = m.getReturnType() == boolean.class || m.getReturnType() == Boolean.class;
        if (name.startsWith("is") && name.length() > 2 && m.getParameterCount() == 0 && bool) {
            return name.substring(2);
        }
        if (name.startsWith("set") && name.length() > 3 && m.getParameterCount() == 1) {
            return name.substring(3);
        }
        return null;
    }

    /** AO's rule: an underscore before each capital that follows a lower-case letter or digit, then upper case. */
    static String upperSnake(String camel) {
        return camel.replaceAll("([a-z\\d])([A-Z])", "$1_$2").toUpperCase(Locale.ROOT);
    }

    private static Document parse(InputStream xml) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        try (xml) {
            return factory.newDocumentBuilder().parse(xml);
        }
    }
}
