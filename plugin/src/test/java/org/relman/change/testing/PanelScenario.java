package org.relman.change.testing;

import java.util.ArrayList;
import java.util.List;
import org.relman.change.domain.CabDefinition;
import org.relman.change.domain.ChangeType;
import org.relman.platform.domain.IssueRef;
import org.relman.platform.domain.UserRef;

/**
 * RFCs with a CAB history, built through the use cases: a default CAB of n users whose rule needs every
 * one of them (the last has a veto, labels alternate Operations / Security).
 */
public final class PanelScenario {
    private final ChangeWorld world;
    private final List<UserRef> members = new ArrayList<>();

    public PanelScenario(ChangeWorld world, int size) {
        this.world = world;
        List<CabDefinition.MemberInput> seats = new ArrayList<>();
        for (int i = 1; i <= size; i++) {
            UserRef member = world.host.user("member" + i, "Member " + i);
            members.add(member);
            seats.add(ChangeWorld.user(member, i == size, i % 2 == 0 ? "Operations" : "Security"));
        }
        world.cab("Panel CAB", false, true, ChangeWorld.rule(size, size, 0, false), seats.toArray(CabDefinition.MemberInput[]::new));
    }

    /** An RFC whose first round is open with {@code votes} approvals. */
    public IssueRef openRound(String issueKey, int votes) {
        IssueRef rfc = world.host.rfc(issueKey, world.rita, null, null, ChangeType.NORMAL);
        world.submit(issueKey);
        for (int i = 0; i < votes; i++) {
            world.vote(members.get(i), issueKey, "approve", "Fine by " + members.get(i).displayName());
        }
        return rfc;
    }

    /**
     * An RFC with {@code rounds} closed rounds, each approved by every member after one of them changed
     * their vote, each followed by a material edit that opens the next round (left open at the end).
     */
    public IssueRef closedRounds(String issueKey, int rounds) {
        IssueRef rfc = world.host.rfc(issueKey, world.rita, null, null, ChangeType.NORMAL);
        world.submit(issueKey);
        for (int round = 1; round <= rounds; round++) {
            world.vote(members.get(0), issueKey, "abstain", "Thinking");
            for (UserRef member : members) {
                world.vote(member, issueKey, "approve", "Round " + round + " fine by " + member.displayName());
            }
            world.host.editRfc(rfc, "v" + (round + 1), null);
            world.rounds.onRfcEdited(rfc);
        }
        return rfc;
    }

    public List<UserRef> members() {
        return List.copyOf(members);
    }
}
