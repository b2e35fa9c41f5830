package org.relman.change.app;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import javax.inject.Inject;
import javax.inject.Named;
import org.relman.audit.app.ChangeLog;
import org.relman.audit.domain.ChangeLogEntry;
import org.relman.change.domain.Cab;
import org.relman.change.domain.ChangeType;
import org.relman.change.domain.Decision;
import org.relman.change.domain.DecisionOutcome;
import org.relman.change.domain.OpenReason;
import org.relman.change.domain.Round;
import org.relman.change.domain.RoundDecision;
import org.relman.change.domain.StandardChange;
import org.relman.platform.app.CurrentUser;
import org.relman.platform.app.UserDirectory;
import org.relman.platform.domain.AccessDeniedException;
import org.relman.platform.domain.ConflictException;
import org.relman.platform.domain.InvalidInputException;
import org.relman.platform.domain.IssueRef;
import org.relman.platform.domain.UserRef;

/**
 * The life of voting rounds: one opens when an RFC is submitted, a material edit supersedes it with a new
 * one, and a change manager may close one the rule has not closed. Each step is logged in the same
 * transaction. Voting itself is {@link Voting}.
 */
@Named
public class Rounds {
    private final ChangeAccess access;
    private final RfcLookup rfcs;
    private final CabRouting routing;
    private final CabStore cabs;
    private final RoundStore rounds;
    private final ChangeLog log;
    private final ChangeTransaction tx;
    private final UserDirectory users;
    private final CurrentUser currentUser;
    private final AffectedCiKeys affectedCis;

    @Inject
    public Rounds(ChangeAccess access, RfcLookup rfcs, CabRouting routing, CabStore cabs, RoundStore rounds,
                  ChangeLog log, ChangeTransaction tx, UserDirectory users, CurrentUser currentUser,
                  AffectedCiKeys affectedCis) {
        this.access = access;
        this.rfcs = rfcs;
        this.routing = routing;
        this.cabs = cabs;
        this.rounds = rounds;
        this.log = log;
        this.tx = tx;
        this.users = users;
        this.currentUser = currentUser;
        this.affectedCis = affectedCis;
    }

    /** REST "submit to the CAB": the requester or a change manager; the workflow post-function calls {@link #submitted}. */
    public String submit(String issueKey) {
        UserRef user = access.requireUser();
        RfcOnIssue rfc = rfcs.find(issueKey, user);
        if (!user.key().equals(rfc.issue().reporterKey()) && !access.isChangeManager(user)) {
            throw AccessDeniedException.because("Only the requester of " + rfc.key() + " or a change manager may submit it to the CAB.");
        }
        return submitted(rfc, user);
    }

    /** Opens the RFC's voting round, or records that a pre-approved standard change skips the CAB. Idempotent. */
    public String submitted(RfcOnIssue rfc, UserRef actor) {
        String actorKey = actor == null ? null : actor.key();
        Optional<StandardChange> standard = routing.preApproved(rfc.rfc());
        if (standard.isPresent()) {
            String words = CabRouting.skipsTheCab(rfc.key(), standard.get());
            tx.run(() -> log.append(ChangeLogEntry.of(ChangeEvents.CAB_SKIPPED, rfc.id(), actorKey)
                    .with("rfc", rfc.key()).with("standard-change", standard.get().code()).with("reason", words)));
            return words;
        }
        return tx.run(() -> {
            Optional<Round> latest = rounds.latest(rfc.id());
            if (latest.isPresent() && latest.get().open()) {
                return "Voting round " + latest.get().number() + " is already open for " + rfc.key() + ".";
            }
            Optional<Cab> cab = routing.cabFor(rfc.rfc());
            if (cab.isEmpty()) {
                return "No CAB decides " + rfc.key() + " yet: a change manager must flag a default CAB; submit it again then.";
            }
            OpenReason reason = latest.isPresent() ? OpenReason.RESUBMITTED : OpenReason.SUBMITTED;
            Round opened = open(rfc, cab.get(), latest.map(r -> r.number() + 1).orElse(1), actorKey, reason, routingNote(rfc, cab.get()));
            return "Voting round " + opened.number() + " of " + cab.get().name() + " opened for " + rfc.key() + ".";
        });
    }

    /** REST "the RFC was edited": anyone who can see the RFC may ask relman to compare its fingerprint. */
    public String edited(String issueKey) {
        UserRef user = access.requireUser();
        return onRfcEdited(rfcs.find(issueKey, user).issue());
    }

    /**
     * After any edit of the RFC: when its material fingerprint (plans, window, CIs) differs from the one the
     * newest round opened with, the open round is closed as superseded and a new round opens. An approved
     * round, or one that asked for more information, is followed by a new round too; a rejected one is not
     * (the RFC must be submitted again).
     */
    public String onRfcEdited(IssueRef issue) {
        return onRfcEdited(issue, currentUser.get().map(UserRef::key).orElse(null));
    }

    /**
     * What Jira's issue events and the CMDB's affected-CI changes call after any change to any issue: on an RFC it is
     * {@link #onRfcEdited(IssueRef, String)}; other issues are left alone.
     */
    public void afterIssueChanged(IssueRef issue, String actorKey) {
        if (rfcs.isRfc(issue)) {
            onRfcEdited(issue, actorKey);
        }
    }

    /** {@link #onRfcEdited(IssueRef)} on behalf of {@code actorKey}, who made the edit (null: relman itself). */
    public String onRfcEdited(IssueRef issue, String actorKey) {
        RfcOnIssue rfc = rfcs.of(issue);
        String fingerprint = materialFingerprint(rfc);
        return tx.run(() -> {
            Optional<Round> latest = rounds.latest(rfc.id());
            if (latest.isEmpty()) {
                return rfc.key() + " has no voting round; nothing to do.";
            }
            Round round = latest.get().open() ? rounds.lock(latest.get().id()) : latest.get();
            if (Objects.equals(round.fingerprint(), fingerprint)) {
                return "The edit to " + rfc.key() + " is not material; round " + round.number() + " stands.";
            }
            boolean reopen = round.open() || round.decision() == RoundDecision.APPROVED || round.decision() == RoundDecision.MORE_INFO;
            if (!reopen) {
                return rfc.key() + " was rejected in round " + round.number() + "; submit it again for a new round.";
            }
            int next = round.number() + 1;
            if (round.open()) {
                Round closed = rounds.close(round.id(), RoundDecision.SUPERSEDED, "superseded: a material edit (plans, window or CIs) opened round "
                        + next, actorKey, now());
                log.append(ChangeEvents.roundClosed(closed, actorKey));
            }
            Cab cab = routing.cabFor(rfc.rfc()).or(() -> cabs.find(round.cabId())).orElseThrow();
            open(rfc, cab, next, actorKey, OpenReason.MATERIAL_EDIT, "material fields (plans, window or CIs) changed after round " + round.number()
                    + (round.open() ? "" : " (" + round.decisionReason() + ")"));
            return "A material edit to " + rfc.key() + " opened voting round " + next + "; round " + round.number()
                    + (round.open() ? " is superseded." : " keeps its decision.");
        });
    }

    /**
     * A change manager closes the open round: with more information needed it closes as such; while still
     * pending it closes as rejected, because the rule was not met.
     */
    public Round close(String issueKey, String note) {
        UserRef user = access.requireChangeManager("close a voting round");
        RfcOnIssue rfc = rfcs.find(issueKey, user);
        String cleanNote = note == null || note.isBlank() ? null : note.strip();
        if (cleanNote != null && cleanNote.length() > 2000) {
            throw new InvalidInputException("note", "note must be at most 2000 characters (it has "
                    + cleanNote.length() + ").");
        }
        return tx.run(() -> {
            Round open = rounds.latest(rfc.id()).filter(Round::open)
                    .orElseThrow(() -> new ConflictException("round", rfc.key() + " has no open voting round."));
            Round round = rounds.lock(open.id());
            if (!round.open()) {
                throw new ConflictException("round", "Round " + round.number() + " of " + rfc.key() + " closed meanwhile: "
                        + round.decisionReason());
            }
            Cab cab = cabs.find(round.cabId()).orElseThrow();
            Decision decision = Tallies.decide(cab, Tallies.current(rounds.votes(List.of(round.id())), round.id()), new Names(users));
            RoundDecision closing = decision.outcome() == DecisionOutcome.PENDING ? RoundDecision.REJECTED
                    : RoundDecision.closing(decision.outcome());
            String reason = decision.outcome() == DecisionOutcome.PENDING
                    ? "rejected: closed by " + user.displayName() + " before the rule was met (" + decision.reason() + ")"
                    : decision.reason() + "; closed by " + user.displayName();
            if (cleanNote != null) {
                reason += " — " + cleanNote;
            }
            rounds.setOutcome(round.id(), closing.outcome());
            Round closed = rounds.close(round.id(), closing, reason, user.key(), now());
            log.append(ChangeEvents.roundClosed(closed, user.key()));
            return closed;
        });
    }

    private Round open(RfcOnIssue rfc, Cab cab, int number, String actorKey, OpenReason reason, String detail) {
        Round round = rounds.open(new RoundStore.NewRound(rfc.id(), rfc.key(), cab.id(), number, actorKey, reason, detail,
                materialFingerprint(rfc), now()));
        log.append(ChangeEvents.roundOpened(round, cab, actorKey));
        return round;
    }

    private String materialFingerprint(RfcOnIssue rfc) {
        return rfc.rfc().withAffectedCis(affectedCis.of(rfc.id())).materialFingerprint();
    }

    private static String routingNote(RfcOnIssue rfc, Cab cab) {
        if (rfc.rfc().changeType() == ChangeType.EMERGENCY && !cab.emergency()) {
            return "emergency RFC sent to " + cab.name() + ": no emergency CAB is set up";
        }
        if (rfc.rfc().changeType() == ChangeType.STANDARD) {
            return "standard change not from an active catalogue entry: it goes to the CAB";
        }
        return null;
    }

    static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MILLIS);
    }
}
