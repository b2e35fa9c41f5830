package org.relman.change.bench;

import com.atlassian.webresource.api.assembler.PageBuilderService;
import com.atlassian.webresource.api.assembler.RequiredResources;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.apache.velocity.VelocityContext;
import org.apache.velocity.Template;
import org.apache.velocity.app.VelocityEngine;
import org.apache.velocity.app.event.EventCartridge;
import org.apache.velocity.app.event.ReferenceInsertionEventHandler;
import org.relman.change.adapter.ao.ChangeStores;
import org.relman.change.adapter.rest.PanelJson;
import org.relman.change.adapter.web.CabIssuePanel;
import org.relman.change.app.ChangeAccess;
import org.relman.change.app.RfcLookup;
import org.relman.change.testing.ChangeWorld;
import org.relman.change.testing.CountingDataSource;
import org.relman.change.testing.PanelScenario;
import org.relman.host.ao.EntityManagerActiveObjects;
import org.relman.platform.app.AccessGuard;
import org.relman.testkit.db.TestDatabase;
import org.relman.testkit.db.TestDatabaseKind;

/**
 * Issue-view cost of the CAB panel as a viewer pays it: the web panel's context provider
 * ({@link CabIssuePanel}) and the Velocity rendering of {@code templates/change/cab-panel.vm} with every
 * reference escaped (as Jira renders it), plus the panel state the panel's script then reads from
 * {@code GET /change/rfcs/{key}/cab-panel} turned into its JSON record (Jackson's serialisation and HTTP are
 * not measured). An RFC whose CAB has 30 members and 5 closed rounds against a baseline RFC with 3 votes in one
 * open round, in the same run on the same database; prints median, p95 and SQL statements per view.
 *
 * <pre>mvn -f plugin/pom.xml test-compile exec:java -Dexec.classpathScope=test \
 *     -Dexec.mainClass=org.relman.change.bench.CabPanelViewBenchmark [-Dexec.args="postgresql 2000"]</pre>
 */
public final class CabPanelViewBenchmark {
    /** Jira's page builder, requiring nothing: the benchmark measures context and rendering only. */
    private static final PageBuilderService NO_PAGE_BUILDER = () -> () -> new RequiredResources() {
        @Override
        public RequiredResources requireWebResource(String completeKey) {
            return this;
        }

        @Override
        public RequiredResources requireContext(String context) {
            return this;
        }
    };

    private CabPanelViewBenchmark() {
    }

    /** The template's {@code $i18n}: the key itself is as long as a text and costs the same to escape. */
    public static final class Keys {
        public String getText(String key) {
            return key;
        }
    }

    public static void main(String[] args) {
        TestDatabaseKind kind = args.length > 0 ? TestDatabaseKind.valueOf(args[0].toUpperCase(Locale.ROOT)) : TestDatabaseKind.POSTGRESQL;
        int iterations = args.length > 1 ? Integer.parseInt(args[1]) : 2_000;
        try (TestDatabase database = TestDatabase.open(kind)) {
            database.activeObjects(ChangeStores.ENTITIES);
            CountingDataSource counting = new CountingDataSource(database.dataSource());
            ChangeWorld world = new ChangeWorld(EntityManagerActiveObjects.create(counting, "org.relman"));
            PanelScenario scenario = new PanelScenario(world, 30);
            scenario.openRound("RFC-BASE", 3);
            scenario.closedRounds("RFC-BIG", 5);
            world.as(scenario.members().get(1));
            View view = new View(world);

            Result baseline = measure(view, counting, "RFC-BASE", iterations);
            Result big = measure(view, counting, "RFC-BIG", iterations);
            System.out.println();
            System.out.println("Database: " + kind + " (testkit); " + iterations + " views each after warm-up");
            System.out.println("| one issue view of                                | median ms | p95 ms | max ms | SQL statements | HTML bytes |");
            System.out.println("|--------------------------------------------------|-----------|--------|--------|----------------|------------|");
            print("baseline: 1 open round, 3 votes", baseline);
            print("30 members, 5 closed rounds (+1 open), 155 votes", big);
            System.out.printf(Locale.ROOT, "%nratio median big/baseline: %.2f; statements equal: %s%n", big.median / baseline.median,
                    big.statements == baseline.statements);
        }
    }

    /** One issue view: context provider + template, then the REST answer the script asks for. */
    private static final class View {
        private final ChangeWorld world;
        private final CabIssuePanel panel;
        private final VelocityEngine velocity = new VelocityEngine();
        private final Template template;

        View(ChangeWorld world) {
            this.world = world;
            this.panel = new CabIssuePanel(context -> Optional.ofNullable((String) context.get("issue"))
                    .map(world.host::issue), NO_PAGE_BUILDER, new ChangeAccess(new AccessGuard(world.host, world.host)),
                    new RfcLookup(world.host, world.host));
            panel.init(Map.of());
            velocity.setProperty("resource.loader", "class");
            velocity.setProperty("class.resource.loader.class", "org.apache.velocity.runtime.resource.loader.ClasspathResourceLoader");
            velocity.setProperty("runtime.log.logsystem.class", "org.apache.velocity.runtime.log.NullLogChute");
            velocity.init();
            template = velocity.getTemplate("templates/change/cab-panel.vm", "UTF-8");
        }

        int render(String key) {
            Map<String, Object> jira = new HashMap<>();
            jira.put("issue", key);
            VelocityContext context = new VelocityContext(new HashMap<>(panel.getContextMap(jira)));
            context.put("i18n", new Keys());
            EventCartridge escaping = new EventCartridge();
            escaping.addEventHandler((ReferenceInsertionEventHandler) (reference, value) -> value == null ? null : escape(value.toString()));
            escaping.attachToContext(context);
            StringWriter html = new StringWriter();
            template.merge(context, html);
            if (html.toString().contains("relman-cab-problem")) {
                throw new IllegalStateException("the panel shows a problem: " + html);
            }
            PanelJson json = org.relman.change.adapter.rest.PanelJsonAccess.of(world.panel.state(key));
            return html.getBuffer().length() + (json.rfc() == null ? 0 : 0);
        }
    }

    private record Result(double median, double p95, double max, int statements, int htmlBytes) {
    }

    private static Result measure(View view, CountingDataSource counting, String key, int iterations) {
        for (int i = 0; i < Math.max(200, iterations / 5); i++) {
            view.render(key);
        }
        counting.start();
        int bytes = view.render(key);
        int statements = counting.stop().size();
        List<Double> millis = new ArrayList<>(iterations);
        for (int i = 0; i < iterations; i++) {
            long start = System.nanoTime();
            view.render(key);
            millis.add((System.nanoTime() - start) / 1_000_000.0);
        }
        Collections.sort(millis);
        return new Result(millis.get(iterations / 2), millis.get((int) Math.ceil(iterations * 0.95) - 1),
                millis.get(iterations - 1), statements, bytes);
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;").replace("'", "&#39;");
    }

    private static void print(String label, Result r) {
        System.out.printf(Locale.ROOT, "| %-48s | %9.3f | %6.3f | %6.2f | %14d | %10d |%n", label, r.median, r.p95, r.max,
                r.statements, r.htmlBytes);
    }
}
