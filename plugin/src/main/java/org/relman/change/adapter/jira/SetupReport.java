package org.relman.change.adapter.jira;

import java.util.ArrayList;
import java.util.List;

/**
 * What one run of relman's Jira setup did: what it created, what it found already there, and what
 * it could not do (each with the manual step that fixes it). Logged on enable; never thrown, so a
 * setup problem never stops the app from enabling.
 */
public final class SetupReport {
    private final List<String> created = new ArrayList<>();
    private final List<String> found = new ArrayList<>();
    private final List<String> problems = new ArrayList<>();

    void created(String what) {
        created.add(what);
    }

    void found(String what) {
        found.add(what);
    }

    void problem(String what) {
        problems.add(what);
    }

    public List<String> created() {
        return List.copyOf(created);
    }

    public List<String> found() {
        return List.copyOf(found);
    }

    public List<String> problems() {
        return List.copyOf(problems);
    }

    @Override
    public String toString() {
        return "created " + created + "; already there " + found.size() + " item(s); problems " + problems;
    }
}
