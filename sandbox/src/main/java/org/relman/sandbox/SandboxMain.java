package org.relman.sandbox;

import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import org.relman.platform.domain.RelmanRole;
import org.relman.sandbox.auth.SeededUser;

/** {@code java -jar relman-sandbox.jar [options]}: starts the sandbox and runs until Ctrl+C. */
public final class SandboxMain {

    /** JUL loggers are held weakly; these must stay referenced for their levels to stick. */
    private static final List<Logger> QUIETED = List.of(
            Logger.getLogger("org.apache.velocity"), Logger.getLogger("org.glassfish.jersey.internal"));

    private SandboxMain() {
    }

    public static void main(String[] args) throws InterruptedException {
        if (List.of(args).contains("--help") || List.of(args).contains("-h")) {
            System.out.print(SandboxOptions.USAGE);
            return;
        }
        SandboxOptions options;
        try {
            options = SandboxOptions.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println("relman sandbox: " + e.getMessage());
            System.err.print(SandboxOptions.USAGE);
            System.exit(2);
            return;
        }
        quietLogging();
        System.out.println("Starting the relman sandbox (a stand-in for Jira, not Jira)...");
        Sandbox sandbox;
        try {
            sandbox = Sandbox.start(options);
        } catch (RuntimeException e) {
            System.err.println();
            System.err.println("relman sandbox could not start: " + e.getMessage());
            System.exit(1);
            return;
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            System.out.println("Stopping the relman sandbox...");
            sandbox.close();
            stopped.countDown();
        }, "relman-sandbox-stop"));
        System.out.println(banner(sandbox));
        stopped.await();
    }

    static String banner(Sandbox sandbox) {
        StringBuilder text = new StringBuilder();
        text.append('\n').append("relman sandbox is running — a stand-in for Jira, not Jira.\n\n")
                .append("  Open:      ").append(sandbox.baseUrl()).append("/\n");
        if (!sandbox.plugin().restModules().isEmpty()) {
            text.append("  REST API:  ").append(sandbox.restBaseUrl()).append("/\n");
        }
        text.append("  Database:  ").append(sandbox.databaseDescription()).append('\n')
                .append("  Listening on 127.0.0.1 only.\n\n")
                .append("  Users (password = username, like atlas-run's admin/admin):\n");
        for (SeededUser user : sandbox.users().all()) {
            text.append(String.format("    %-8s %-16s %s%n", user.username(), user.displayName(), roles(user.roles())));
        }
        text.append('\n');
        for (String note : sandbox.notes()) {
            text.append("  ").append(note).append('\n');
        }
        text.append("\nPress Ctrl+C to stop.");
        return text.toString();
    }

    private static String roles(Set<RelmanRole> roles) {
        return roles.stream().sorted().map(RelmanRole::label).collect(Collectors.joining(", "));
    }

    private static void quietLogging() {
        for (Logger logger : QUIETED) {
            logger.setLevel(Level.WARNING);
        }
    }
}
