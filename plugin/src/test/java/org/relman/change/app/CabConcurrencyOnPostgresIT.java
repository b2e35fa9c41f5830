package org.relman.change.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.relman.audit.domain.VerifyReport;
import org.relman.change.adapter.ao.ChangeStores;
import org.relman.change.domain.Cab;
import org.relman.change.domain.CabDefinition;
import org.relman.change.domain.ChangeType;
import org.relman.change.domain.Decision;
import org.relman.change.domain.DecisionCalculator;
import org.relman.change.domain.Round;
import org.relman.change.domain.Vote;
import org.relman.change.testing.ChangeWorld;
import org.relman.platform.domain.ConflictException;
import org.relman.platform.domain.IssueRef;
import org.relman.platform.domain.UserRef;
import org.relman.testkit.db.OnPostgres;

/**
 * 50 CAB members vote and change their votes at once on 200 RFCs, through the use cases on real threads
 * (the REST-over-HTTP version runs in the sandbox). Afterwards: no accepted vote is lost, no seat has two
 * current votes, every round's decision is the one its votes give, and the change log's chain is intact.
 */
class CabConcurrencyOnPostgresIT implements OnPostgres {
    private static final int VOTERS = 50;
    private static final int RFCS = 200;
    /** Mostly approvals, so most rounds reach a decision; a request for information holds one, so it is rare. */
    private static final String[] KINDS = {"approve", "approve", "approve", "approve", "approve", "approve", "approve", "reject",
            "reject", "abstain"};

    @Test
    @Timeout(value = 120, unit = TimeUnit.SECONDS)
    void fiftyVotersOnTwoHundredRfcsLoseNothingAndDecideByTheRule() throws Exception {
        ChangeWorld world = new ChangeWorld(database().activeObjects(ChangeStores.ENTITIES));
        List<UserRef> voters = new ArrayList<>();
        List<CabDefinition.MemberInput> seats = new ArrayList<>();
        for (int i = 1; i <= VOTERS; i++) {
            UserRef voter = world.host.user("voter" + i, "Voter " + i);
            voters.add(voter);
            seats.add(ChangeWorld.user(voter, i == VOTERS, i % 3 == 0 ? "Security" : "Operations"));
        }
        world.cab("Busy CAB", false, true, new CabDefinition.RuleInput(10, 6, 60, false,
                List.of(new CabDefinition.GroupMinimumInput("Security", 2))), seats.toArray(CabDefinition.MemberInput[]::new));
        List<IssueRef> rfcs = new ArrayList<>();
        for (int i = 1; i <= RFCS; i++) {
            rfcs.add(world.host.rfc("RFC-" + i, world.rita, null, null, ChangeType.NORMAL));
            world.submit("RFC-" + i);
        }

        Map<String, Vote> accepted = new ConcurrentHashMap<>();
        AtomicInteger recorded = new AtomicInteger();
        AtomicInteger refusedClosed = new AtomicInteger();
        AtomicInteger busy = new AtomicInteger();
        long started = System.nanoTime();
        ExecutorService pool = Executors.newFixedThreadPool(VOTERS);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int v = 0; v < VOTERS; v++) {
                UserRef voter = voters.get(v);
                int offset = (v % 10) * (RFCS / 10);
                Random random = new Random(v);
                done.add(pool.submit(() -> {
                    world.host.loginAs(voter);
                    for (int n = 0; n < RFCS; n++) {
                        String key = rfcs.get((offset + n) % RFCS).key();
                        int changes = random.nextInt(10) < 3 ? 2 : 1;
                        for (int attempt = 0; attempt < changes; attempt++) {
                            String kind = random.nextInt(50) == 0 ? "request-information" : KINDS[random.nextInt(KINDS.length)];
                            if (voter.name().equals("voter" + VOTERS) && kind.equals("reject") && random.nextInt(4) > 0) {
                                kind = "approve"; // keep the veto rare, or most RFCs would be vetoed
                            }
                            try {
                                Voting.Recorded result = world.voting.vote(key, new Voting.VoteInput(kind, kind + " by " + voter.name()
                                        + " #" + attempt, null));
                                accepted.put(key + "|" + voter.key(), result.vote());
                                if (!result.unchanged()) {
                                    recorded.incrementAndGet();
                                }
                            } catch (ConflictException e) {
                                if (e.getMessage().contains("busy")) {
                                    busy.incrementAndGet();
                                } else {
                                    refusedClosed.incrementAndGet();
                                }
                            }
                        }
                    }
                    return null;
                }));
            }
            for (Future<?> future : done) {
                future.get();
            }
        } finally {
            pool.shutdownNow();
        }
        long seconds = TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - started);

        Cab cab = world.cabStore.defaultCab().orElseThrow();
        Map<String, String> names = voters.stream().collect(Collectors.toMap(UserRef::key, UserRef::displayName));
        int closedRounds = 0;
        int currentVotes = 0;
        int allVotes = 0;
        for (IssueRef rfc : rfcs) {
            Round round = world.roundStore.latest(rfc.id()).orElseThrow();
            assertThat(round.number()).isEqualTo(1);
            List<Vote> votes = world.roundStore.votes(List.of(round.id()));
            allVotes += votes.size();
            Map<String, List<Vote>> bySeat = votes.stream().collect(Collectors.groupingBy(Vote::seatKey));
            List<Vote> current = new ArrayList<>();
            for (Map.Entry<String, List<Vote>> seat : bySeat.entrySet()) {
                List<Vote> revisions = seat.getValue();
                assertThat(revisions.stream().filter(x -> !x.superseded()).toList()).as("one current vote per seat").hasSize(1);
                assertThat(revisions).extracting(Vote::revision).as("revisions 1..n")
                        .containsExactlyInAnyOrderElementsOf(java.util.stream.IntStream.rangeClosed(1, revisions.size()).boxed().toList());
                Vote now = revisions.stream().filter(x -> !x.superseded()).findFirst().orElseThrow();
                assertThat(now.revision()).isEqualTo(revisions.size());
                Vote believed = accepted.get(rfc.key() + "|" + seat.getKey());
                assertThat(believed).as("the voter saw their vote accepted").isNotNull();
                assertThat(now.kind()).as("no lost vote on " + rfc.key()).isEqualTo(believed.kind());
                assertThat(now.comment()).isEqualTo(believed.comment());
                current.add(now);
            }
            currentVotes += current.size();
            Decision decision = DecisionCalculator.decide(cab.rule(), current.stream().map(x -> x.counted(names.get(x.seatKey()))).toList());
            if (round.open()) {
                assertThat(decision.isFinal()).as(rfc.key() + " is open, so its votes decide nothing yet").isFalse();
                assertThat(round.outcome()).isEqualTo(decision.outcome());
            } else {
                closedRounds++;
                assertThat(round.decision().outcome()).as(rfc.key()).isEqualTo(decision.outcome());
                assertThat(round.decisionReason()).isEqualTo(decision.reason());
            }
        }
        assertThat(accepted).hasSize(currentVotes);
        assertThat(allVotes).isEqualTo(recorded.get());
        assertThat(busy.get()).as("transactions that gave up retrying").isZero();

        world.as(world.chris);
        VerifyReport report = world.audit.verify();
        assertThat(report.intact()).as(report.message()).isTrue();
        assertThat(report.entries()).isEqualTo(1 + RFCS + recorded.get() + closedRounds);
        System.out.printf("concurrency: %d voters, %d RFCs, %d votes recorded (%d current), %d refused on closed rounds, "
                + "%d rounds closed, %d log entries, %d s%n", VOTERS, RFCS, recorded.get(), currentVotes, refusedClosed.get(),
                closedRounds, report.entries(), seconds);
    }
}
