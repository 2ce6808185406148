package io.tandem.matching.me;

import io.tandem.matching.participant.Participants;
import io.tandem.matching.programme.ProgrammeService;
import io.tandem.matching.proposal.ProposalService;
import io.tandem.matching.proposal.ProposalView;
import io.tandem.matching.relationship.RelationshipService;
import io.tandem.matching.relationship.RelationshipView;
import io.tandem.support.api.Cursors;
import io.tandem.support.security.Caller;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import java.util.List;
import io.tandem.support.api.Page;
import io.tandem.support.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;


/** What a mentor or mentee reads about themselves, with their own token (mobile apps). */
@Path("/api/v1/me")
@Tag(name = "Me", description = "A mentor's or mentee's own relationships, programmes and proposals.")
@Produces(MediaType.APPLICATION_JSON)
public class MeResource {

    @Inject
    RelationshipService relationships;

    @Inject
    ProposalService proposals;

    @Inject
    Participants participants;

    @Inject
    ProgrammeService programmes;

    @Inject
    Caller caller;

    @GET
    @Path("/programmes")
    @RolesAllowed({Roles.MENTOR, Roles.MENTEE})
    @Operation(operationId = "listMyProgrammes", summary = "The programmes the caller is enrolled in, with their role and status")
    @APIResponse(responseCode = "200", description = "Oldest enrolment first.")
    public MyProgrammes programmes() {
        return new MyProgrammes(participants.ofPerson(caller.subject()).stream().limit(MAX_PROGRAMMES)
                .map(me -> MyViews.MyProgramme.of(programmes.view(me.programmeId()), me)).toList());
    }

    @Schema(name = "MyProgrammes")
    public record MyProgrammes(@Schema(maxItems = MAX_PROGRAMMES) List<MyViews.MyProgramme> items) {
    }

    static final int MAX_PROGRAMMES = 200;

    @GET
    @Path("/proposals")
    @RolesAllowed({Roles.MENTOR, Roles.MENTEE})
    @Operation(operationId = "listMyProposals", summary = "The caller's published proposals; as mentee, with each mentor's public profile")
    @APIResponse(responseCode = "200", description = "One page of proposals.")
    public Page<MyViews.MyProposal> proposals(@QueryParam("cursor") @Size(max = 200) String cursor,
                                              @QueryParam("limit") @DefaultValue("50") @Min(1) @Max(Cursors.MAX_LIMIT) int limit) {
        String me = caller.subject();
        Page<ProposalView> page = proposals.ofPerson(me, cursor, limit);
        return new Page<>(page.items().stream().map(p -> new MyViews.MyProposal(p, p.menteeId().equals(me)
                ? participants.find(p.programmeId(), p.mentorId()).map(MyViews.MentorProfile::of).orElse(null) : null)).toList(),
                page.nextCursor());
    }

    @GET
    @Path("/relationships")
    @RolesAllowed({Roles.MENTOR, Roles.MENTEE})
    @Operation(operationId = "listMyRelationships", summary = "The caller's own relationships, as mentor or mentee")
    @APIResponse(responseCode = "200", description = "One page of relationships.")
    public Page<RelationshipView> mine(@QueryParam("cursor") @Size(max = 200) String cursor,
                                       @QueryParam("limit") @DefaultValue("50") @Min(1) @Max(Cursors.MAX_LIMIT) int limit) {
        return relationships.mine(cursor, limit);
    }
}
