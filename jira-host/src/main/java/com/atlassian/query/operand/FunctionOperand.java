package com.atlassian.query.operand;

import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Objects;

/**
 * Mirror of a JQL function call as parsed (see MIRRORS.md). It works — name and arguments — so tests
 * can call a JQL function the way Jira does. Only the members relman uses are mirrored.
 */
public class FunctionOperand implements Operand {

    private final String name;
    private final List<String> args;

    public FunctionOperand(String name) {
        this(name, List.of());
    }

    public FunctionOperand(String name, Collection<String> args) {
        this.name = Objects.requireNonNull(name, "name");
        this.args = List.copyOf(args);
    }

    public FunctionOperand(String name, String... args) {
        this(name, Arrays.asList(args));
    }

    public String getName() {
        return name;
    }

    public List<String> getArgs() {
        return args;
    }

    @Override
    public String toString() {
        return name + args;
    }
}
