package org.relman.change.adapter.rest;

import java.util.List;
import org.relman.change.app.PanelState;
import org.relman.change.domain.DecisionRule;
import org.relman.change.domain.Tally;
import org.relman.platform.domain.UserRef;

/**
 * {@code GET /change/rfcs/{key}/cab-panel}: what the CAB panel shows, in one answer. Text fields hold what
 * people typed; a client must escape them.
 */
public record PanelJson(String rfc, String changeType, CabRef cab, String rule, RuleJson ruleSettings, String standardChange,
                        RoundJson round, List<RoundJson> earlierRounds, ViewerJson viewer) {

    public record CabRef(long id, String name, boolean emergency) {
    }

    public record UserJson(String key, String name, String displayName) {
        static UserJson of(UserRef user) {
            return user == null ? null : new UserJson(user.key(), user.name(), user.displayName());
        }
    }

    public record RuleJson(int quorum, int minApprovals, int approvalPercent, boolean abstentionsInQuorum,
                           List<CabJson.GroupMinimumJson> groupMinimums) {
        static RuleJson of(DecisionRule rule) {
            return rule == null ? null : new RuleJson(rule.quorum(), rule.minApprovals(), rule.approvalPercent(), rule.abstentionsInQuorum(),
                    rule.groupMinimums().stream().map(g -> new CabJson.GroupMinimumJson(g.group(), g.minApprovals())).toList());
        }
    }

    public record GroupCountJson(String group, int approvals, int needed, boolean met) {
    }

    public record TallyJson(int approve, int reject, int abstain, int requestInformation, int cast, int towardQuorum,
                            List<GroupCountJson> groups) {
        static TallyJson of(Tally t) {
            return t == null ? null : new TallyJson(t.approvals(), t.rejections(), t.abstentions(), t.infoRequests(), t.cast(),
                    t.towardQuorum(), t.groups().stream().map(g -> new GroupCountJson(g.group(), g.approvals(), g.needed(), g.met())).toList());
        }
    }

    public record RevisionJson(UserJson voter, UserJson onBehalfOf, String vote, String comment, String castAt, int revision) {
    }

    public record VoteJson(UserJson voter, UserJson onBehalfOf, String vote, String comment, String castAt, int revision,
                           boolean changed, List<RevisionJson> history) {
        static VoteJson of(PanelState.VoteView v) {
            return v == null ? null : new VoteJson(UserJson.of(v.voter()), UserJson.of(v.onBehalfOf()), v.vote().code(), v.comment(),
                    Codes.time(v.castAt()), v.revision(), v.changed(), v.history().stream().map(h -> new RevisionJson(UserJson.of(h.voter()),
                    UserJson.of(h.onBehalfOf()), h.vote().code(), h.comment(), Codes.time(h.castAt()), h.revision())).toList());
        }
    }

    /**
     * @param outcome  pending, approved, rejected or more-information-needed (live while open)
     * @param decision null while open; then approved, rejected, more-information-needed or superseded
     */
    public record RoundJson(int number, boolean open, String openedAt, UserJson openedBy, String openReason, String openDetail,
                            String closedAt, UserJson closedBy, String outcome, String decision, String reason, TallyJson tally,
                            List<VoteJson> votes) {
        static RoundJson of(PanelState.RoundView r) {
            return r == null ? null : new RoundJson(r.number(), r.open(), Codes.time(r.openedAt()), UserJson.of(r.openedBy()),
                    r.openReason(), r.openDetail(), Codes.time(r.closedAt()), UserJson.of(r.closedBy()), Codes.of(r.outcome()),
                    Codes.decision(r.decision()), r.reason(), TallyJson.of(r.tally()), r.votes().stream().map(VoteJson::of).toList());
        }
    }

    public record SeatJson(UserJson member, boolean deputy, VoteJson currentVote) {
    }

    /** @param reason why the viewer may not vote; empty when they may */
    public record ViewerJson(UserJson user, boolean mayVote, String reason, List<SeatJson> seats, boolean mayCloseRound,
                             boolean maySubmit) {
    }

    static PanelJson of(PanelState s) {
        PanelState.ViewerView v = s.viewer();
        return new PanelJson(s.rfcKey(), s.changeType(),
                s.cab() == null ? null : new CabRef(s.cab().id(), s.cab().name(), s.cab().emergency()),
                s.rule(), s.cab() == null ? null : RuleJson.of(s.cab().rule()), s.standardChange(), RoundJson.of(s.round()),
                s.earlierRounds().stream().map(RoundJson::of).toList(),
                new ViewerJson(UserJson.of(v.user()), v.mayVote(), v.reason(), v.seats().stream()
                        .map(seat -> new SeatJson(UserJson.of(seat.member()), seat.deputy(), VoteJson.of(seat.currentVote()))).toList(),
                        v.mayCloseRound(), v.maySubmit()));
    }
}
