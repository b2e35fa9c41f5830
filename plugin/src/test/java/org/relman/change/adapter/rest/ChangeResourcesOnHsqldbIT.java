package org.relman.change.adapter.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.relman.change.testing.ChangeWorld.rule;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.relman.audit.adapter.rest.AuditResource;
import org.relman.change.adapter.ao.ChangeStores;
import org.relman.change.app.Agendas;
import org.relman.change.domain.ChangeType;
import org.relman.change.testing.ChangeWorld;
import org.relman.platform.domain.AccessDeniedException;
import org.relman.platform.domain.ConflictException;
import org.relman.platform.domain.FieldError;
import org.relman.platform.domain.InvalidInputException;
import org.relman.testkit.db.OnHsqldb;

/**
 * The REST resources' methods as a client meets them (without an HTTP server: the sandbox's tests cover the
 * wire). Refusals leave as the exceptions ErrorMappers turn into 400, 403 and 409.
 */
class ChangeResourcesOnHsqldbIT implements OnHsqldb {
    private ChangeWorld world;
    private RfcCabResource rfcs;

    @BeforeEach
    void anRfcBeforeTheDefaultCab() {
        world = new ChangeWorld(database().activeObjects(ChangeStores.ENTITIES));
        world.defaultCab(rule(2, 2, 0, false));
        world.host.rfc("RFC-1", world.rita, null, null, ChangeType.NORMAL);
        rfcs = new RfcCabResource(world.panel, world.voting, world.rounds);
        world.as(world.rita);
        assertThat(rfcs.submit("RFC-1").message()).isEqualTo("Voting round 1 of Default CAB opened for RFC-1.");
    }

    @Test
    void aVoteAnswersWithTheNewPanelState() {
        world.as(world.carl);
        RfcCabResource.ActionJson answer = rfcs.vote("RFC-1", new RfcCabResource.VoteRequest("approve", "Fine", null));

        assertThat(answer.message()).isEqualTo("Vote recorded: approve. pending: 1 of 2 votes needed for quorum, 1 of 2 approvals needed");
        PanelJson panel = answer.panel();
        assertThat(panel.round().outcome()).isEqualTo("pending");
        assertThat(panel.round().votes()).singleElement().satisfies(v -> {
            assertThat(v.voter().displayName()).isEqualTo("Carl CAB");
            assertThat(v.vote()).isEqualTo("approve");
            assertThat(v.comment()).isEqualTo("Fine");
            assertThat(v.castAt()).isNotBlank();
            assertThat(v.changed()).isFalse();
        });
        assertThat(panel.viewer().mayVote()).isTrue();
        assertThat(panel.viewer().seats()).singleElement().satisfies(s -> assertThat(s.currentVote().vote()).isEqualTo("approve"));
        assertThat(panel.ruleSettings().quorum()).isEqualTo(2);
        assertThat(panel.round().tally().approve()).isEqualTo(1);

        world.as(world.cathy);
        PanelJson decided = rfcs.vote("RFC-1", new RfcCabResource.VoteRequest("approve", null, null)).panel();
        assertThat(decided.round().decision()).isEqualTo("approved");
        assertThat(decided.round().reason()).isEqualTo("approved: 2 of 2, quorum met, no veto");
        assertThat(decided.viewer().reason()).startsWith("The vote on RFC-1 is closed (approved: 2 of 2, quorum met, no veto)");
    }

    @Test
    void aRejectWithoutACommentIsA400NamingComment() {
        world.as(world.carl);
        assertThatThrownBy(() -> rfcs.vote("RFC-1", new RfcCabResource.VoteRequest("reject", null, null)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.errors())
                        .containsExactly(new FieldError("comment", "comment is required.")));
        assertThatThrownBy(() -> rfcs.vote("RFC-1", null)).isInstanceOf(InvalidInputException.class);
    }

    @Test
    void theRequesterIsRefusedWithTheSegregationReasonAndSeesItInThePanel() {
        world.as(world.rita);
        assertThatThrownBy(() -> rfcs.vote("RFC-1", new RfcCabResource.VoteRequest("approve", null, null)))
                .isInstanceOf(AccessDeniedException.class)
                .hasMessage("You requested RFC-1, so you cannot vote on it (segregation of duties).");
        assertThat(rfcs.panel("RFC-1").viewer().reason()).isEqualTo("You requested RFC-1, so you cannot vote on it (segregation of duties).");
    }

    @Test
    void aChangeManagerClosesTheRoundThroughRest() {
        world.as(world.chris);
        RfcCabResource.ActionJson closed = rfcs.close("RFC-1", new RfcCabResource.CloseRequest("withdrawn"));

        assertThat(closed.message()).isEqualTo("Round 1 closed: rejected: closed by Chris Change before the rule was met "
                + "(pending: 0 of 2 votes needed for quorum, 0 of 2 approvals needed) — withdrawn");
        assertThat(closed.panel().round().decision()).isEqualTo("rejected");
        world.as(world.carl);
        assertThatThrownBy(() -> rfcs.vote("RFC-1", new RfcCabResource.VoteRequest("approve", null, null)))
                .isInstanceOf(ConflictException.class);
    }

    @Test
    void minutesInMarkdownShowWhatPeopleTypedAsText() {
        world.host.rfc("RFC-2", world.rita, null, null, ChangeType.NORMAL);
        world.as(world.rita);
        rfcs.submit("RFC-2");
        world.as(world.chris);
        long agenda = world.agendas.create(new Agendas.AgendaInput(world.cabStore.defaultCab().orElseThrow().id(),
                "CAB <b>Tuesday</b>", "2026-03-03T09:00:00Z")).agenda().id();
        world.agendas.freeze(agenda);
        world.vote(world.vera, "RFC-2", "reject", "<script>alert(1)</script>\n# not a heading [link](http://x)");

        world.as(world.rita);
        String md = MinutesMarkdown.of(world.agendas.minutes(agenda));

        assertThat(md).startsWith("# Minutes: CAB &lt;b&gt;Tuesday&lt;/b&gt;\n");
        assertThat(md).contains("## RFC\\-2: Summary of RFC\\-2")
                .contains("- Decision: rejected (rejected: veto by Vera Veto)")
                .contains("Vera Veto: reject, ")
                .contains("— &lt;script&gt;alert\\(1\\)&lt;/script&gt; \\# not a heading \\[link\\]\\(http://x\\)");
        assertThat(md).doesNotContain("<script>").doesNotContain("\n# not");
        AgendaJson json = AgendaJson.of(world.agendas.minutes(agenda));
        assertThat(json.items()).extracting(AgendaJson.ItemJson::rfc, AgendaJson.ItemJson::decision)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("RFC-1", null), org.assertj.core.groups.Tuple.tuple("RFC-2", "rejected"));
    }

    @Test
    void theAuditResourceListsAnIssuesEntriesAndVerifiesTheChain() {
        world.as(world.carl);
        rfcs.vote("RFC-1", new RfcCabResource.VoteRequest("abstain", "On leave soon", null));
        AuditResource audit = new AuditResource(world.audit);

        assertThat(audit.forIssue("RFC-1")).extracting(AuditResource.EntryJson::kind).containsExactly("ROUND_OPENED", "VOTE_CAST");
        assertThat(audit.forIssue("RFC-1").get(1).details()).containsEntry("vote", "abstain").containsEntry("comment", "On leave soon");
        world.as(world.chris);
        AuditResource.VerifyJson verified = audit.verify();
        assertThat(verified.intact()).isTrue();
        assertThat(verified.message()).isEqualTo("intact: 3 entries");
        assertThat(verified.headHash()).hasSize(64);
    }

    @Test
    void cabsReadBackWithTheirRuleInWords() {
        CabResource cabs = new CabResource(world.cabs, world.agendas);

        assertThat(cabs.list()).singleElement().satisfies(cab -> {
            assertThat(cab.rule().text()).startsWith("Quorum: 2 votes");
            assertThat(cab.members()).extracting(CabJson.MemberJson::label).containsExactly("Carl CAB", "Cathy CAB", "Cole CAB", "Vera Veto");
            assertThat(cab.members().get(3).veto()).isTrue();
            assertThat(cab.members().get(0).user()).isEqualTo("carl");
        });
        assertThat(cabs.awaiting(cabs.list().get(0).id()).items()).extracting(AgendaJson.ItemJson::rfc).containsExactly("RFC-1");
    }
}
