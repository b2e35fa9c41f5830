package org.relman.change.adapter.rest;

import com.atlassian.plugins.rest.api.security.annotation.LicensedOnly;
import javax.inject.Inject;
import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.core.MediaType;
import org.relman.change.app.CabPanel;
import org.relman.change.app.Rounds;
import org.relman.change.app.Voting;

/**
 * {@code /rest/relman/1.0/change/rfcs/{key}}: an RFC before its CAB. The panel state in one call; votes and
 * the other actions answer with the new panel state, so a page updates without another request.
 */
@Path("change/rfcs/{key}")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@LicensedOnly
public class RfcCabResource {
    private final CabPanel panel;
    private final Voting voting;
    private final Rounds rounds;

    @Inject
    public RfcCabResource(CabPanel panel, Voting voting, Rounds rounds) {
        this.panel = panel;
        this.voting = voting;
        this.rounds = rounds;
    }

    /** A vote or a changed vote: {@code {"vote":"reject","comment":"...","onBehalfOf":"carl"}}. */
    public record VoteRequest(String vote, String comment, String onBehalfOf) {
    }

    public record CloseRequest(String note) {
    }

    /** What an action did, in words, and the panel afterwards. */
    public record ActionJson(String message, PanelJson panel) {
    }

    @GET
    @Path("cab-panel")
    public PanelJson panel(@PathParam("key") String key) {
        return PanelJson.of(panel.state(key));
    }

    @POST
    @Path("votes")
    public ActionJson vote(@PathParam("key") String key, VoteRequest request) {
        Voting.Recorded recorded = voting.vote(key, request == null ? null
                : new Voting.VoteInput(request.vote(), request.comment(), request.onBehalfOf()));
        String message = recorded.unchanged() ? "Your vote stands unchanged." : (recorded.vote().revision() > 1
                ? "Vote changed to " : "Vote recorded: ") + recorded.vote().kind().code() + ". " + recorded.decision().reason();
        return new ActionJson(message, PanelJson.of(panel.state(key)));
    }

    /** Submits the RFC to its CAB (the requester or a change manager); the RFC workflow's post-function does the same. */
    @POST
    @Path("submit")
    public ActionJson submit(@PathParam("key") String key) {
        return new ActionJson(rounds.submit(key), PanelJson.of(panel.state(key)));
    }

    /** Tells relman the RFC was edited: a material edit supersedes the open round with a new one. */
    @POST
    @Path("edits")
    public ActionJson edited(@PathParam("key") String key) {
        return new ActionJson(rounds.edited(key), PanelJson.of(panel.state(key)));
    }

    /** A change manager closes the open round: pending closes as rejected, more-information-needed as such. */
    @POST
    @Path("close-round")
    public ActionJson close(@PathParam("key") String key, CloseRequest request) {
        var closed = rounds.close(key, request == null ? null : request.note());
        return new ActionJson("Round " + closed.number() + " closed: " + closed.decisionReason(), PanelJson.of(panel.state(key)));
    }
}
