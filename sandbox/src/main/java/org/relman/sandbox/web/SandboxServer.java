package org.relman.sandbox.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;
import javax.servlet.DispatcherType;
import javax.servlet.Filter;
import javax.servlet.Servlet;
import javax.servlet.ServletRegistration;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import org.apache.catalina.Context;
import org.apache.catalina.LifecycleException;
import org.apache.catalina.LifecycleState;
import org.apache.catalina.connector.Connector;
import org.apache.catalina.core.StandardContext;
import org.apache.catalina.session.StandardManager;
import org.apache.catalina.startup.Tomcat;
import org.apache.catalina.valves.ErrorReportValve;
import org.apache.tomcat.util.http.Rfc6265CookieProcessor;

/**
 * Embedded Tomcat 9, Jira 10's container, serving one web application at the context path, bound
 * to the loopback interface only (the seeded users' passwords are their names).
 */
public final class SandboxServer implements AutoCloseable {

    /** A filter on every request, in list order. */
    public record FilterMount(String name, Filter filter) {
    }

    /** A servlet at URL patterns below the context path. */
    public record ServletMount(String name, Servlet servlet, List<String> patterns, Map<String, String> initParams) {
        public ServletMount(String name, Servlet servlet, String... patterns) {
            this(name, servlet, List.of(patterns), Map.of());
        }
    }

    /** Tomcat's start and stop chatter, and its class-loader leak checks (the sandbox has one class loader), are noise. */
    private static final List<Logger> QUIET = List.of(Logger.getLogger("org.apache.catalina"),
            Logger.getLogger("org.apache.coyote"), Logger.getLogger("org.apache.tomcat"));
    private static final Logger LEAK_CHECKS = Logger.getLogger("org.apache.catalina.loader.WebappClassLoaderBase");

    static {
        QUIET.forEach(logger -> logger.setLevel(Level.WARNING));
        LEAK_CHECKS.setLevel(Level.SEVERE);
    }

    private final Tomcat tomcat;
    private final Path baseDir;
    private final String contextPath;

    private SandboxServer(Tomcat tomcat, Path baseDir, String contextPath) {
        this.tomcat = tomcat;
        this.baseDir = baseDir;
        this.contextPath = contextPath;
    }

    public static SandboxServer start(int port, String contextPath, List<FilterMount> filters, List<ServletMount> servlets) {
        requireFree(port);
        Path baseDir = tempDir();
        Tomcat tomcat = new Tomcat();
        tomcat.setBaseDir(baseDir.toString());
        Connector connector = new Connector("HTTP/1.1");
        connector.setPort(port);
        connector.setProperty("address", "127.0.0.1");
        connector.setURIEncoding("UTF-8");
        tomcat.setConnector(connector);
        ErrorReportValve quietErrors = new ErrorReportValve();
        quietErrors.setShowReport(false);
        quietErrors.setShowServerInfo(false);
        tomcat.getHost().getPipeline().addValve(quietErrors);

        StandardContext context = (StandardContext) tomcat.addContext(contextPath, baseDir.toString());
        context.setClearReferencesObjectStreamClassCaches(false);
        context.setClearReferencesRmiTargets(false);
        context.setClearReferencesThreadLocals(false);
        configureSessions(context);
        context.addServletContainerInitializer((classes, servletContext) -> {
            for (FilterMount mount : filters) {
                servletContext.addFilter(mount.name(), mount.filter())
                        .addMappingForUrlPatterns(EnumSet.of(DispatcherType.REQUEST), true, "/*");
            }
            for (ServletMount mount : servlets) {
                ServletRegistration.Dynamic registration = servletContext.addServlet(mount.name(), mount.servlet());
                registration.addMapping(mount.patterns().toArray(String[]::new));
                registration.setInitParameters(mount.initParams());
                registration.setLoadOnStartup(1);
            }
        }, null);
        if (!contextPath.isEmpty()) {
            Context root = tomcat.addContext("", baseDir.toString());
            Tomcat.addServlet(root, "to-context", new RedirectToContext(contextPath));
            root.addServletMappingDecoded("/", "to-context");
        }
        SandboxServer server = new SandboxServer(tomcat, baseDir, contextPath);
        try {
            tomcat.start();
        } catch (LifecycleException e) {
            server.close();
            throw new IllegalStateException("The web server failed to start: " + e.getMessage(), e);
        }
        if (connector.getState() != LifecycleState.STARTED) {
            server.close();
            throw new IllegalStateException(portInUse(port));
        }
        if (context.getState() != LifecycleState.STARTED) {
            server.close();
            throw new IllegalStateException("The sandbox web application failed to start; the log above says why.");
        }
        return server;
    }

    /** The port actually bound (the one asked for, or a free one for port 0). */
    public int port() {
        return tomcat.getConnector().getLocalPort();
    }

    /** e.g. {@code http://localhost:2990/jira}, without a trailing slash. */
    public String baseUrl() {
        return "http://localhost:" + port() + contextPath;
    }

    @Override
    public void close() {
        try {
            tomcat.stop();
            tomcat.destroy();
        } catch (LifecycleException e) {
            // stopping anyway: nothing more to release than the files below
        } finally {
            deleteQuietly(baseDir);
        }
    }

    /** Says plainly that the port is taken, before Tomcat logs a stack trace about it. */
    private static void requireFree(int port) {
        if (port == 0) {
            return;
        }
        try (ServerSocket probe = new ServerSocket()) {
            probe.setReuseAddress(true);
            probe.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
        } catch (IOException e) {
            throw new IllegalStateException(portInUse(port));
        }
    }

    private static String portInUse(int port) {
        return "Cannot listen on port " + port + ": it is in use (another sandbox or Jira?). Stop it or choose another"
                + " with --port.";
    }

    private static void configureSessions(StandardContext context) {
        StandardManager sessions = new StandardManager();
        sessions.setPathname(null);
        context.setManager(sessions);
        context.setSessionTimeout(120);
        context.setUseHttpOnly(true);
        context.setSessionCookieName("JSESSIONID");
        Rfc6265CookieProcessor cookies = new Rfc6265CookieProcessor();
        cookies.setSameSiteCookies("lax");
        context.setCookieProcessor(cookies);
    }

    private static Path tempDir() {
        try {
            return Files.createTempDirectory("relman-sandbox-tomcat");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void deleteQuietly(Path dir) {
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // a temp dir left behind is harmless
        }
    }

    /** http://localhost:2990/ → http://localhost:2990/jira/, as a newcomer may type the shorter URL. */
    private static final class RedirectToContext extends HttpServlet {
        private final String contextPath;

        RedirectToContext(String contextPath) {
            this.contextPath = contextPath;
        }

        @Override
        protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
            if (SandboxPaths.within(request).equals("/")) {
                response.sendRedirect(contextPath + "/");
                return;
            }
            response.setStatus(HttpServletResponse.SC_NOT_FOUND);
            response.setContentType("text/plain;charset=UTF-8");
            response.getWriter().write("Not found. The sandbox lives at " + contextPath + "/\n");
        }
    }
}
