package org.relman.cmdb.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The walk on small graphs, as a table, and on a wide one. A graph is written as edges "from>to" in walking order (a change to "from"
 * reaches "to"), numbered in the order written (the relationship's age); CIs are single letters. Each case says
 * which CIs the walk reaches with their depth and path, and whether it was cut short.
 */
class ImpactTraversalTest {

    static Stream<Arguments> cases() {
        return Stream.of(
                Arguments.of("a chain, to the depth asked", "A>B B>C C>D D>E", "A", 3, 100,
                        "B:1:AB C:2:ABC D:3:ABCD", false),
                Arguments.of("a cycle ends where it began", "A>B B>C C>A", "A", 10, 100,
                        "B:1:AB C:2:ABC", false),
                Arguments.of("a self-loop and a two-way link", "A>A A>B B>A", "A", 10, 100,
                        "B:1:AB", false),
                Arguments.of("a diamond: D once, at its smallest depth, through the CI found first", "A>B A>C C>D B>D", "A", 10, 100,
                        "B:1:AB C:1:AC D:2:ABD", false),
                Arguments.of("the CI found first wins over an older relationship", "A>C A>B B>D C>D", "A", 10, 100,
                        "C:1:AC B:1:AB D:2:ACD", false),
                Arguments.of("one CI's relationships in age order", "A>C A>B", "A", 1, 100,
                        "C:1:AC B:1:AB", false),
                Arguments.of("a shortcut wins over the long way", "A>B B>C C>D A>D", "A", 10, 100,
                        "B:1:AB D:1:AD C:2:ABC", false),
                Arguments.of("several changed CIs: each CI from the nearest", "A>C B>C C>D B>E", "A,B", 10, 100,
                        "C:1:AC E:1:BE D:2:ACD", false),
                Arguments.of("a changed CI reached from another is not impacted twice", "A>B B>C", "A,B", 10, 100,
                        "C:1:BC", false),
                Arguments.of("the limit cuts the answer short and says so", "A>B A>C A>D A>E", "A", 3, 2,
                        "B:1:AB C:1:AC", true),
                Arguments.of("reaching the limit exactly is not truncation", "A>B A>C", "A", 3, 2,
                        "B:1:AB C:1:AC", false),
                Arguments.of("the limit applies across levels", "A>B B>C C>D", "A", 10, 2,
                        "B:1:AB C:2:ABC", true),
                Arguments.of("nothing beyond the depth counts as truncation", "A>B B>C C>D", "A", 2, 2,
                        "B:1:AB C:2:ABC", false),
                Arguments.of("a CI nothing relies on impacts nothing", "B>C", "A", 3, 10, "", false));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void walksTheGraph(String description, String edges, String start, int depth, int limit, String expected, boolean truncated) {
        Graph graph = new Graph(edges);
        List<Long> startIds = Arrays.stream(start.split(",")).map(Graph::id).toList();

        ImpactTraversal.Walk walk = ImpactTraversal.walk(startIds, depth, limit, graph::stepsOut);

        List<String> reached = new ArrayList<>();
        for (ImpactTraversal.Reached r : walk.reached()) {
            StringBuilder path = new StringBuilder();
            List<ImpactTraversal.Step> steps = walk.pathTo(r.id());
            path.append(Graph.name(steps.get(0).from()));
            steps.forEach(s -> path.append(Graph.name(s.to())));
            reached.add(Graph.name(r.id()) + ":" + r.depth() + ":" + path);
        }
        assertThat(String.join(" ", reached)).isEqualTo(expected);
        assertThat(walk.truncated()).isEqualTo(truncated);
        assertThat(walk.steps()).allMatch(s -> graph.known(walk, s.from()) && graph.known(walk, s.to()));
        assertThat(graph.reads).as("one read per level, never one per CI").isLessThanOrEqualTo(depth);
    }

    @Test
    void readsTheLevelThatFillsTheLimitInSlicesInsteadOfWhole() {
        List<Long> children = new ArrayList<>();
        long relationship = 1;
        Map<Long, List<ImpactTraversal.Step>> out = new LinkedHashMap<>();
        for (long child = 1000; child < 3000; child++) {
            out.computeIfAbsent(1L, k -> new ArrayList<>()).add(new ImpactTraversal.Step(relationship++, 1, child, 7));
            children.add(child);
        }
        for (long child : children) {
            for (int k = 0; k < 3; k++) {
                long grandchild = 10_000 + child * 3 + k;
                out.computeIfAbsent(child, x -> new ArrayList<>()).add(new ImpactTraversal.Step(relationship++, child, grandchild, 7));
            }
        }
        List<Integer> askedAbout = new ArrayList<>();
        int[] stepsRead = {0};

        ImpactTraversal.Walk walk = ImpactTraversal.walk(List.of(1L), 5, 2600, frontier -> {
            askedAbout.add(frontier.size());
            List<ImpactTraversal.Step> steps = new ArrayList<>();
            frontier.forEach(id -> steps.addAll(out.getOrDefault(id, List.of())));
            stepsRead[0] += steps.size();
            return steps;
        });

        assertThat(walk.reached()).hasSize(2600);
        assertThat(walk.truncated()).isTrue();
        assertThat(askedAbout).as("level 1 whole, then a slice as large as the room left").containsExactly(1, 600);
        assertThat(stepsRead[0]).as("2,000 + 1,800, not the 6,000 relationships of the whole second level").isEqualTo(3800);
        assertThat(walk.reached().get(2000).via().from()).as("grandchildren come in the order their parents were found").isEqualTo(1000);
    }

    @Test
    void takesTheRelationshipsOfAHubOldestFirstWhateverOrderTheyArriveIn() {
        List<ImpactTraversal.Step> out = new ArrayList<>();
        for (long relationship = 1; relationship <= 300; relationship++) {
            out.add(new ImpactTraversal.Step(relationship, 1, 1000 + (relationship * 7919) % 300, 7));
        }
        java.util.Collections.shuffle(out, new java.util.Random(3));

        ImpactTraversal.Walk walk = ImpactTraversal.walk(List.of(1L), 1, 5000, frontier -> out);

        assertThat(walk.reached()).extracting(r -> r.via().relationshipId())
                .containsExactlyElementsOf(java.util.stream.LongStream.rangeClosed(1, 300).boxed().toList());
        assertThat(walk.pathTo(1000 + 7919 % 300)).extracting(ImpactTraversal.Step::relationshipId).containsExactly(1L);
    }

    /** Edges "X>Y" in walking order; relationship ids in the order written. */
    private static final class Graph {
        private final Map<Long, List<ImpactTraversal.Step>> out = new LinkedHashMap<>();
        int reads;

        Graph(String edges) {
            long relationship = 1;
            for (String edge : edges.split(" ")) {
                long from = id(edge.substring(0, 1));
                long to = id(edge.substring(2, 3));
                out.computeIfAbsent(from, k -> new ArrayList<>())
                        .add(new ImpactTraversal.Step(relationship++, from, to, 7));
            }
        }

        List<ImpactTraversal.Step> stepsOut(Collection<Long> frontier) {
            reads++;
            List<ImpactTraversal.Step> steps = new ArrayList<>();
            // the database answers in any order: newest first here, to show the walk does not depend on it
            frontier.forEach(id -> steps.addAll(0, out.getOrDefault(id, List.of())));
            return steps;
        }

        boolean known(ImpactTraversal.Walk walk, long id) {
            return walk.start().contains(id) || walk.reached().stream().anyMatch(r -> r.id() == id);
        }

        static long id(String name) {
            return name.charAt(0);
        }

        static String name(long id) {
            return String.valueOf((char) id);
        }
    }
}
