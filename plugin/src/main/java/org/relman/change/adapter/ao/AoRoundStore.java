package org.relman.change.adapter.ao;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import javax.inject.Inject;
import javax.inject.Named;
import net.java.ao.DBParam;
import net.java.ao.Query;
import org.relman.change.app.RoundStore;
import org.relman.change.domain.DecisionOutcome;
import org.relman.change.domain.OpenReason;
import org.relman.change.domain.Round;
import org.relman.change.domain.RoundDecision;
import org.relman.change.domain.Vote;
import org.relman.change.domain.VoteKind;

/**
 * Voting rounds and votes. A closed round is never written again ({@link #close} refuses it); a changed
 * vote only gains its SUPERSEDED flag. The unique ROUND_KEY and BALLOT_KEY columns make "one round number per
 * RFC" and "one revision per seat" hold across nodes.
 */
@Named
class AoRoundStore implements RoundStore {
    private final ActiveObjects ao;

    @Inject
    AoRoundStore(@ComponentImport ActiveObjects ao) {
        this.ao = ao;
    }

    @Override
    public Optional<Round> latest(long rfcIssueId) {
        return first(Query.select().where(CabRoundAO.RFC_ISSUE_ID + " = ?", rfcIssueId)
                .order(CabRoundAO.ROUND_NUMBER + " DESC").limit(1));
    }

    @Override
    public List<Round> ofRfc(long rfcIssueId) {
        return rounds(Query.select().where(CabRoundAO.RFC_ISSUE_ID + " = ?", rfcIssueId).order(CabRoundAO.ROUND_NUMBER));
    }

    @Override
    public Optional<Round> find(long roundId) {
        return first(Query.select().where("ID = ?", roundId));
    }

    @Override
    public List<Round> find(Collection<Long> roundIds) {
        List<Round> found = new ArrayList<>();
        for (List<Long> chunk : Rows.chunks(roundIds)) {
            found.addAll(rounds(Query.select().where("ID IN (" + Rows.placeholders(chunk.size()) + ")", chunk.toArray())));
        }
        return found;
    }

    @Override
    public Round open(NewRound round) {
        return ao.executeInTransaction(() -> toRound(ao.create(CabRoundAO.class,
                new DBParam(CabRoundAO.RFC_ISSUE_ID, round.rfcIssueId()),
                new DBParam(CabRoundAO.CAB_ID, round.cabId()),
                new DBParam(CabRoundAO.ROUND_NUMBER, round.number()),
                new DBParam(CabRoundAO.ROUND_KEY, round.rfcIssueId() + ":" + round.number()),
                new DBParam("RFC_KEY", round.rfcKey()),
                new DBParam("OPENED_AT", Rows.date(round.at())),
                new DBParam("OPENED_BY", round.openedBy()),
                new DBParam("OPEN_REASON", round.reason().name()),
                new DBParam("OPEN_DETAIL", clip(round.detail(), 450)),
                new DBParam("MATERIAL_FINGERPRINT", clip(round.fingerprint(), 255)),
                new DBParam(CabRoundAO.OUTCOME, DecisionOutcome.PENDING.name()),
                new DBParam("ROUND_REVISION", 0)), round.cabId()));
    }

    @Override
    public Round lock(long roundId) {
        return ao.executeInTransaction(() -> {
            CabRoundAO row = ao.get(CabRoundAO.class, (int) roundId);
            row.setRoundRevision(row.getRoundRevision() + 1);
            row.save();
            return find(roundId).orElseThrow();
        });
    }

    @Override
    public List<Vote> votes(Collection<Long> roundIds) {
        List<Vote> votes = new ArrayList<>();
        for (List<Long> chunk : Rows.chunks(roundIds)) {
            String where = chunk.size() == 1 ? CabVoteAO.ROUND_ID + " = ?" : CabVoteAO.ROUND_ID + " IN (" + Rows.placeholders(chunk.size()) + ")";
            ao.executeInTransaction(() -> {
                for (CabVoteAO row : ao.find(CabVoteAO.class, Query.select().where(where, chunk.toArray()).order("ID"))) {
                    votes.add(toVote(row));
                }
                return null;
            });
        }
        return votes;
    }

    @Override
    public Vote record(NewVote vote) {
        return ao.executeInTransaction(() -> {
            if (vote.supersedes() != null) {
                CabVoteAO previous = ao.get(CabVoteAO.class, vote.supersedes().intValue());
                previous.setSuperseded(true);
                previous.save();
            }
            String seat = vote.onBehalfOfKey() != null ? vote.onBehalfOfKey() : vote.voterKey();
            CabVoteAO row = ao.create(CabVoteAO.class,
                    new DBParam(CabVoteAO.ROUND_ID, vote.roundId()),
                    new DBParam(CabVoteAO.VOTER_KEY, vote.voterKey()),
                    new DBParam(CabVoteAO.ON_BEHALF_OF_KEY, vote.onBehalfOfKey()),
                    new DBParam("VOTE_KIND", vote.kind().name()),
                    new DBParam("VOTE_COMMENT", vote.comment()),
                    new DBParam("CAST_AT", Rows.date(vote.castAt())),
                    new DBParam("REVISION", vote.revision()),
                    new DBParam(CabVoteAO.SUPERSEDED, false),
                    new DBParam("SEAT_VETO", vote.seatVeto()),
                    new DBParam("SEAT_GROUP", vote.seatGroup()),
                    new DBParam(CabVoteAO.BALLOT_KEY, vote.roundId() + ":" + vote.revision() + ":" + seat));
            return new Vote(row.getID(), vote.roundId(), vote.voterKey(), vote.onBehalfOfKey(), vote.kind(), vote.comment(),
                    vote.castAt(), vote.revision(), false, vote.seatVeto(), vote.seatGroup());
        });
    }

    @Override
    public void setOutcome(long roundId, DecisionOutcome outcome) {
        ao.executeInTransaction(() -> {
            CabRoundAO row = openRow(roundId);
            row.setOutcome(outcome.name());
            row.save();
            return null;
        });
    }

    @Override
    public Round close(long roundId, RoundDecision decision, String reason, String closedBy, Instant at) {
        return ao.executeInTransaction(() -> {
            CabRoundAO row = openRow(roundId);
            row.setClosedAt(Rows.date(at));
            row.setClosedBy(closedBy);
            row.setDecision(decision.name());
            row.setDecisionReason(reason);
            if (decision != RoundDecision.SUPERSEDED) {
                row.setOutcome(decision.outcome().name());
            }
            row.save();
            return find(roundId).orElseThrow();
        });
    }

    @Override
    public List<Round> openRounds(Long cabId) {
        Query query = Query.select().order("ID");
        return rounds(cabId == null ? query.where(CabRoundAO.CLOSED_AT + " IS NULL")
                : query.where(CabRoundAO.CLOSED_AT + " IS NULL AND " + CabRoundAO.CAB_ID + " = ?", cabId));
    }

    @Override
    public List<Round> latestWithOutcome(DecisionOutcome outcome) {
        List<Round> candidates = rounds(Query.select().where(CabRoundAO.OUTCOME + " = ?", outcome.name()));
        Map<Long, Integer> newest = new HashMap<>();
        Set<Long> rfcs = candidates.stream().map(Round::rfcIssueId).collect(Collectors.toSet());
        for (List<Long> chunk : Rows.chunks(rfcs)) {
            for (Round round : rounds(Query.select().where(CabRoundAO.RFC_ISSUE_ID + " IN ("
                    + Rows.placeholders(chunk.size()) + ")", chunk.toArray()))) {
                newest.merge(round.rfcIssueId(), round.number(), Math::max);
            }
        }
        return candidates.stream().filter(r -> newest.get(r.rfcIssueId()) == r.number()).toList();
    }

    /** The round's row, refusing a closed one: closed rounds never change. */
    private CabRoundAO openRow(long roundId) {
        CabRoundAO row = ao.get(CabRoundAO.class, (int) roundId);
        if (row.getClosedAt() != null) {
            throw new IllegalStateException("round " + roundId + " is closed; closed rounds never change");
        }
        return row;
    }

    private Optional<Round> first(Query query) {
        return rounds(query).stream().findFirst();
    }

    private List<Round> rounds(Query query) {
        return ao.executeInTransaction(() -> {
            List<Round> rounds = new ArrayList<>();
            for (CabRoundAO row : ao.find(CabRoundAO.class, query)) {
                rounds.add(toRound(row, row.getCab().getID()));
            }
            return rounds;
        });
    }

    private static Round toRound(CabRoundAO row, long cabId) {
        return new Round(row.getID(), row.getRfcIssueId(), row.getRfcKey(), cabId, row.getRoundNumber(),
                Rows.instant(row.getOpenedAt()), row.getOpenedBy(), OpenReason.valueOf(row.getOpenReason()), row.getOpenDetail(),
                row.getMaterialFingerprint(), row.getOutcome() == null ? null : DecisionOutcome.valueOf(row.getOutcome()),
                Rows.instant(row.getClosedAt()), row.getClosedBy(),
                row.getDecision() == null ? null : RoundDecision.valueOf(row.getDecision()), row.getDecisionReason());
    }

    private static Vote toVote(CabVoteAO row) {
        return new Vote(row.getID(), row.getRound().getID(), row.getVoterKey(), row.getOnBehalfOfKey(),
                VoteKind.valueOf(row.getVoteKind()), row.getVoteComment(), Rows.instant(row.getCastAt()), row.getRevision(),
                row.isSuperseded(), row.isSeatVeto(), row.getSeatGroup());
    }

    private static String clip(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max);
    }
}
