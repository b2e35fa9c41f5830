package org.relman.change.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The CAB decision rule, row by row. A rule reads {@code q=3 min=2 pct=60 abst groups=Ops:2,Sec:1}
 * (quorum, minimum approvals, approval share, abstentions count toward quorum, per-group minimums).
 * Votes are tokens in casting order: {@code A} approve, {@code R} reject, {@code X} abstain,
 * {@code I} request information; {@code !} marks a veto seat, {@code @Ops} a group label. The n-th
 * token is cast by member "Mn".
 */
class DecisionCalculatorTest {

    static Stream<Arguments> rows() {
        return table("""
                # quorum and minimum approvals
                q=3 min=2                   | -               | PENDING  | pending: 0 of 3 votes needed for quorum, 0 of 2 approvals needed
                q=3 min=2                   | A               | PENDING  | pending: 1 of 3 votes needed for quorum, 1 of 2 approvals needed
                q=3 min=2                   | A A             | PENDING  | pending: 2 of 3 votes needed for quorum
                q=3 min=2                   | A A R           | APPROVED | approved: 2 of 3, quorum met, no veto
                q=3 min=2                   | A R R           | PENDING  | pending: 1 of 2 approvals needed
                q=3 min=2                   | A R R A         | APPROVED | approved: 2 of 4, quorum met, no veto
                q=3 min=3                   | A A A A R       | APPROVED | approved: 4 of 5, quorum met, no veto
                min=2                       | A               | PENDING  | pending: 1 of 2 approvals needed
                min=2                       | A A             | APPROVED | approved: 2 of 2, no veto
                min=2                       | R R R           | PENDING  | pending: 0 of 2 approvals needed
                # a share of the approve and reject votes, judged once quorum is met
                q=3 pct=60                  | A A R           | APPROVED | approved: 2 of 3, quorum met, no veto
                q=3 pct=60                  | A R R           | REJECTED | rejected: 33% approve (1 of 3), 60% needed, quorum met
                q=4 pct=75                  | A A A R         | APPROVED | approved: 3 of 4, quorum met, no veto
                q=4 pct=76                  | A A A R         | REJECTED | rejected: 75% approve (3 of 4), 76% needed, quorum met
                q=2 pct=60                  | A               | PENDING  | pending: 1 of 2 votes needed for quorum
                q=2 pct=60                  | R               | PENDING  | pending: 1 of 2 votes needed for quorum
                q=3 pct=60 min=3            | A A R           | PENDING  | pending: 2 of 3 approvals needed
                q=3 pct=60 min=3            | A A R A         | APPROVED | approved: 3 of 4, quorum met, no veto
                # abstentions: toward quorum only when the rule says so, never in the share
                q=3 pct=50 abst             | A R X           | APPROVED | approved: 1 of 3, quorum met, no veto
                q=3 pct=51 abst             | A R X           | REJECTED | rejected: 50% approve (1 of 2), 51% needed, quorum met
                q=2 pct=50 abst             | X X             | REJECTED | rejected: no approve or reject votes (2 abstentions), 50% needed, quorum met
                q=3 min=1                   | A X X           | PENDING  | pending: 1 of 3 votes needed for quorum (abstentions do not count)
                q=3 min=1 abst              | A X X           | APPROVED | approved: 1 of 3, quorum met, no veto
                q=3 min=2 abst              | A X X           | PENDING  | pending: 1 of 2 approvals needed
                q=2 min=1                   | X X X           | PENDING  | pending: 0 of 2 votes needed for quorum (abstentions do not count), 0 of 1 approvals needed
                q=2 min=1 abst              | X X             | PENDING  | pending: 0 of 1 approvals needed
                # per-group minimums ("2 from Ops and 1 from Sec")
                q=3 min=3 groups=Ops:2,Sec:1 | A@Ops A@Ops A     | PENDING  | pending: Sec 0 of 1
                q=3 min=3 groups=Ops:2,Sec:1 | A@Ops A@Ops A@Sec | APPROVED | approved: 3 of 3, quorum met, Ops 2 of 2, Sec 1 of 1, no veto
                q=3 min=3 groups=Ops:2,Sec:1 | A@Ops R@Ops A@Sec A | PENDING | pending: Ops 1 of 2
                q=3 min=1 groups=Ops:2,Sec:1 | -                 | PENDING  | pending: 0 of 3 votes needed for quorum, 0 of 1 approvals needed, Ops 0 of 2, Sec 0 of 1
                q=2 min=1 groups=Ops:2      | A@Sec X@Ops       | PENDING  | pending: 1 of 2 votes needed for quorum (abstentions do not count), Ops 0 of 2
                q=1 min=1 groups=ops:1      | A@OPS             | APPROVED | approved: 1 of 1, quorum met, ops 1 of 1, no veto
                q=4 pct=50 groups=Ops:2     | A@Ops R R R       | REJECTED | rejected: 25% approve (1 of 4), 50% needed, quorum met
                # vetoes: a veto member's reject rejects at once, before quorum, whatever else was said
                q=3 min=2                   | A A R!          | REJECTED | rejected: veto by M3
                q=3 min=2                   | R!              | REJECTED | rejected: veto by M1
                q=3 min=2                   | A A A R! R!     | REJECTED | rejected: veto by M4 and M5
                q=3 min=2                   | R! R! R!        | REJECTED | rejected: veto by M1, M2 and M3
                q=3 min=2                   | A! A! A         | APPROVED | approved: 3 of 3, quorum met, no veto
                q=3 min=2                   | X! A A          | PENDING  | pending: 2 of 3 votes needed for quorum (abstentions do not count)
                q=3 min=2                   | I R!            | REJECTED | rejected: veto by M2
                q=3 min=3 groups=Ops:1      | A@Ops A A R!@Ops | REJECTED | rejected: veto by M4
                # requests for information hold the decision until answered
                q=3 min=2                   | A A I           | MORE_INFORMATION_NEEDED | more information needed: asked by M3
                q=3 min=2                   | I               | MORE_INFORMATION_NEEDED | more information needed: asked by M1
                q=3 min=2                   | I A I A         | MORE_INFORMATION_NEEDED | more information needed: asked by M1 and M3
                q=2 pct=60                  | I R R           | MORE_INFORMATION_NEEDED | more information needed: asked by M1
                q=2 min=1                   | I A             | MORE_INFORMATION_NEEDED | more information needed: asked by M1
                """);
    }

    static Stream<Arguments> table(String text) {
        List<Arguments> rows = new ArrayList<>();
        for (String line : text.split("\n")) {
            if (line.isBlank() || line.strip().startsWith("#")) {
                continue;
            }
            String[] cells = line.split("\\|");
            rows.add(Arguments.of(cells[0].strip(), cells[1].strip(), DecisionOutcome.valueOf(cells[2].strip()), cells[3].strip()));
        }
        return rows.stream();
    }

    @ParameterizedTest(name = "[{index}] {0} with votes [{1}] -> {3}")
    @MethodSource("rows")
    void decidesByTheRule(String rule, String votes, DecisionOutcome outcome, String reason) {
        Decision decision = DecisionCalculator.decide(rule(rule), votes(votes));

        assertThat(decision.reason()).isEqualTo(reason);
        assertThat(decision.outcome()).isEqualTo(outcome);
        assertThat(decision.isFinal()).isEqualTo(outcome == DecisionOutcome.APPROVED || outcome == DecisionOutcome.REJECTED);
    }

    static DecisionRule rule(String spec) {
        int quorum = 0;
        int min = 0;
        int percent = 0;
        boolean abstentions = false;
        List<GroupMinimum> groups = new ArrayList<>();
        for (String part : spec.split("\\s+")) {
            if (part.startsWith("q=")) {
                quorum = Integer.parseInt(part.substring(2));
            } else if (part.startsWith("min=")) {
                min = Integer.parseInt(part.substring(4));
            } else if (part.startsWith("pct=")) {
                percent = Integer.parseInt(part.substring(4));
            } else if (part.equals("abst")) {
                abstentions = true;
            } else if (part.startsWith("groups=")) {
                for (String group : part.substring(7).split(",")) {
                    String[] nameAndMin = group.split(":");
                    groups.add(new GroupMinimum(nameAndMin[0], Integer.parseInt(nameAndMin[1])));
                }
            } else if (!part.isEmpty()) {
                throw new IllegalArgumentException("unknown rule part " + part);
            }
        }
        return new DecisionRule(quorum, min, percent, abstentions, groups);
    }

    static List<CountedVote> votes(String spec) {
        List<CountedVote> votes = new ArrayList<>();
        if (spec.equals("-")) {
            return votes;
        }
        String[] tokens = spec.split("\\s+");
        for (int i = 0; i < tokens.length; i++) {
            String token = tokens[i];
            VoteKind kind = switch (token.charAt(0)) {
                case 'A' -> VoteKind.APPROVE;
                case 'R' -> VoteKind.REJECT;
                case 'X' -> VoteKind.ABSTAIN;
                case 'I' -> VoteKind.REQUEST_INFO;
                default -> throw new IllegalArgumentException("unknown vote " + token);
            };
            int at = token.indexOf('@');
            String group = at < 0 ? null : token.substring(at + 1);
            votes.add(new CountedVote("m" + (i + 1), "M" + (i + 1), kind, token.contains("!"), group));
        }
        return votes;
    }
}
