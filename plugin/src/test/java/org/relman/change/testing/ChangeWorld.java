package org.relman.change.testing;

import com.atlassian.activeobjects.external.ActiveObjects;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.relman.audit.adapter.ao.AuditStores;
import org.relman.audit.app.AuditTrail;
import org.relman.audit.app.ChangeLog;
import org.relman.change.adapter.ao.ChangeStores;
import org.relman.change.app.AgendaStore;
import org.relman.change.app.Agendas;
import org.relman.change.app.CabAdministration;
import org.relman.change.app.CabChangeGate;
import org.relman.change.app.CabPanel;
import org.relman.change.app.CabRfcSearch;
import org.relman.change.app.CabRouting;
import org.relman.change.app.CabSeats;
import org.relman.change.app.CabStore;
import org.relman.change.app.ChangeAccess;
import org.relman.change.app.ChangeTransaction;
import org.relman.change.app.Deputies;
import org.relman.change.app.DeputyStore;
import org.relman.change.app.RfcLookup;
import org.relman.change.app.RoundStore;
import org.relman.change.app.Rounds;
import org.relman.change.app.StandardChangeCatalogue;
import org.relman.change.app.StandardChanges;
import org.relman.change.app.Voting;
import org.relman.change.app.VotingRights;
import org.relman.change.domain.CabDefinition;
import org.relman.platform.app.AccessGuard;
import org.relman.platform.domain.RelmanRole;
import org.relman.platform.domain.UserRef;

/**
 * Change management wired as the plugin wires it, over real Active Objects stores and a {@link FakeHost}.
 * People: Rita requests, Chris manages changes, Carl, Cathy, Cole and Vera (veto) sit on the CAB.
 */
public final class ChangeWorld {
    public final FakeHost host = new FakeHost();
    public final ActiveObjects ao;
    public final CabStore cabStore;
    public final RoundStore roundStore;
    public final DeputyStore deputyStore;
    public final AgendaStore agendaStore;
    public final StandardChangeCatalogue catalogue;
    public final ChangeLog log;
    public final ChangeTransaction tx;

    public final CabAdministration cabs;
    public final Deputies deputies;
    public final StandardChanges standardChanges;
    public final Rounds rounds;
    public final Voting voting;
    public final CabPanel panel;
    public final Agendas agendas;
    public final CabChangeGate gate;
    public final CabRfcSearch search;
    public final AuditTrail audit;
    /** The CIs each RFC affects, by issue id, as the CMDB would store them. */
    public final Map<Long, List<String>> affectedCis = new ConcurrentHashMap<>();

    public final UserRef rita = host.user("rita", "Rita Requester");
    public final UserRef chris = host.user("chris", "Chris Change");
    public final UserRef carl = host.user("carl", "Carl CAB");
    public final UserRef cathy = host.user("cathy", "Cathy CAB");
    public final UserRef cole = host.user("cole", "Cole CAB");
    public final UserRef vera = host.user("vera", "Vera Veto");
    public final UserRef dan = host.user("dan", "Dan Deputy");
    public final UserRef owen = host.user("owen", "Owen Owner");
    public final UserRef ada = host.user("ada", "Ada Assignee");

    public ChangeWorld(ActiveObjects ao) {
        this.ao = ao;
        cabStore = ChangeStores.cabs(ao);
        roundStore = ChangeStores.rounds(ao);
        deputyStore = ChangeStores.deputies(ao);
        agendaStore = ChangeStores.agendas(ao);
        catalogue = ChangeStores.catalogue(ao);
        tx = ChangeStores.transactions(ao);
        log = AuditStores.changeLog(ao);

        ChangeAccess access = new ChangeAccess(new AccessGuard(host, host));
        RfcLookup rfcs = new RfcLookup(host, host);
        CabRouting routing = new CabRouting(cabStore, catalogue);
        VotingRights rights = new VotingRights(new CabSeats(host, host));
        cabs = new CabAdministration(access, cabStore, host, log, tx);
        deputies = new Deputies(access, deputyStore, host, log, tx);
        standardChanges = new StandardChanges(access, catalogue);
        rounds = new Rounds(access, rfcs, routing, cabStore, roundStore, log, tx, host, host,
                issueId -> affectedCis.getOrDefault(issueId, List.of()));
        voting = new Voting(access, rfcs, cabStore, roundStore, deputyStore, rights, host, log, tx);
        panel = new CabPanel(access, rfcs, routing, cabStore, roundStore, deputyStore, rights, host, tx);
        agendas = new Agendas(access, cabStore, roundStore, agendaStore, host, host, log, tx);
        gate = new CabChangeGate(rfcs, routing, cabStore, roundStore, deputyStore, rights, rounds, host);
        search = new CabRfcSearch(roundStore, cabStore, deputyStore, rights, host, rfcs);
        audit = new AuditTrail(new AccessGuard(host, host), host, log);
        host.grant(chris, RelmanRole.CHANGE_MANAGER);
    }

    public ChangeWorld as(UserRef user) {
        host.loginAs(user);
        return this;
    }

    /** The default CAB (Carl, Cathy, Cole; Vera with a veto), created by Chris; logs in as Chris. */
    public CabAdministration.CabView defaultCab(CabDefinition.RuleInput rule) {
        return cab("Default CAB", false, true, rule, user(carl, false, null), user(cathy, false, null), user(cole, false, null),
                user(vera, true, null));
    }

    public CabAdministration.CabView cab(String name, boolean emergency, boolean isDefault, CabDefinition.RuleInput rule,
                                         CabDefinition.MemberInput... members) {
        as(chris);
        return cabs.create(new CabDefinition.Input(name, null, emergency, isDefault, rule, Arrays.asList(members)));
    }

    public static CabDefinition.RuleInput rule(int quorum, int minApprovals, int percent, boolean abstentionsCount) {
        return new CabDefinition.RuleInput(quorum, minApprovals, percent, abstentionsCount, List.of());
    }

    public static CabDefinition.MemberInput user(UserRef user, boolean veto, String groupLabel) {
        return new CabDefinition.MemberInput("user", user.name(), null, null, null, veto, groupLabel);
    }

    public static CabDefinition.MemberInput group(String group, String groupLabel) {
        return new CabDefinition.MemberInput("group", null, group, null, null, false, groupLabel);
    }

    public Voting.Recorded vote(UserRef voter, String issueKey, String vote, String comment) {
        as(voter);
        return voting.vote(issueKey, new Voting.VoteInput(vote, comment, null));
    }

    public String submit(String issueKey) {
        as(rita);
        return rounds.submit(issueKey);
    }
}
