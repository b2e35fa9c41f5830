package org.relman.change.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The rule in words, as the panel and the admin page show it. */
class DecisionRuleTest {

    @Test
    void describesQuorumApprovalsShareAndGroups() {
        DecisionRule rule = new DecisionRule(3, 2, 60, true, List.of(new GroupMinimum("Operations", 2), new GroupMinimum("Security", 1)));

        assertThat(rule.describe()).isEqualTo("Quorum: 3 votes, abstentions count toward it."
                + " Approved with at least 2 approvals, 60% of the approve and reject votes and 2 from Operations and 1 from Security."
                + " Rejected when quorum is met and fewer than 60% approve."
                + " A reject by a veto member rejects at once; a request for information holds the decision.");
    }

    @Test
    void leavesOutConditionsTheRuleDoesNotHave() {
        DecisionRule rule = new DecisionRule(0, 1, 0, false, List.of());

        assertThat(rule.describe()).isEqualTo("Approved with at least 1 approval."
                + " A reject by a veto member rejects at once; a request for information holds the decision.");
    }

    @Test
    void saysWhenAbstentionsDoNotCountTowardQuorum() {
        assertThat(new DecisionRule(1, 1, 0, false, List.of()).describe()).startsWith("Quorum: 1 vote, abstentions do not count toward it.");
    }
}
