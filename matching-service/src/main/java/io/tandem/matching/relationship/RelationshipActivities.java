package io.tandem.matching.relationship;

import io.tandem.support.api.ETags;
import io.tandem.support.api.KeysetQuery;
import io.tandem.support.api.Page;
import io.tandem.support.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Goals, meetings and the reflection journal of a relationship. The two people and the tenant's staff
 * work with goals and meetings; the journal is its author's, shared only with the other side.
 */
@ApplicationScoped
public class RelationshipActivities {

    @Inject
    RelationshipService relationships;

    @Inject
    RelationshipAccess access;

    @Inject
    RelationshipFeed feed;

    @Transactional
    public Goal addGoal(UUID relationshipId, ActivityRequests.GoalDraft draft) {
        Relationship relationship = relationships.lockedForChange(relationshipId, null);
        relationship.requireActive();
        Goal goal = new Goal();
        goal.relationshipId = relationship.id;
        goal.owner = draft.owner();
        apply(goal, draft);
        goal.persist();
        feed.goal(relationship, goal);
        return goal;
    }

    @Transactional
    public Goal changeGoal(UUID relationshipId, UUID goalId, String ifMatch, ActivityRequests.GoalDraft draft) {
        Relationship relationship = relationships.get(relationshipId);
        Goal goal = goal(relationship, goalId);
        if (ifMatch != null) {
            ETags.require(ifMatch, goal.etag());
        }
        if (draft.owner() != goal.owner) {
            throw ProblemException.invalid("owner", "cannot change; the goal is the " + goal.owner.name().toLowerCase() + "'s");
        }
        apply(goal, draft);
        feed.goal(relationship, goal);
        return goal;
    }

    @Transactional
    public Goal addNote(UUID relationshipId, UUID goalId, String text) {
        Relationship relationship = relationships.get(relationshipId);
        Goal goal = goal(relationship, goalId);
        access.requireParty(relationship, "A progress note");
        if (goal.notes.size() >= ActivityViews.MAX_NOTES) {
            throw ProblemException.conflict("The goal has " + ActivityViews.MAX_NOTES + " notes, the most it keeps.");
        }
        List<Goal.Note> notes = new ArrayList<>(goal.notes);
        notes.add(new Goal.Note(access.subject(), text, Instant.now().truncatedTo(ChronoUnit.MICROS)));
        goal.notes = notes;
        feed.goal(relationship, goal);
        return goal;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<ActivityViews.GoalView> goals(UUID relationshipId, String cursor, int limit) {
        return of(relationships.get(relationshipId)).page((q, p) -> Goal.<Goal>find(q, p), cursor, limit, g -> g.id, ActivityViews.GoalView::of);
    }

    /** A relationship's rows of one kind, for paging. */
    private static KeysetQuery of(Relationship relationship) {
        return KeysetQuery.where().and("relationshipId = :relationship", "relationship", relationship.id);
    }

    @Transactional
    public Meeting logMeeting(UUID relationshipId, ActivityRequests.MeetingDraft draft) {
        Relationship relationship = relationships.lockedForChange(relationshipId, null);
        relationship.requireActive();
        if (draft.heldOn().isAfter(RelationshipService.today())) {
            throw ProblemException.invalid("heldOn", "is in the future; log a meeting once it has taken place");
        }
        if (draft.heldOn().isBefore(relationship.startedOn)) {
            throw ProblemException.invalid("heldOn", "is before the relationship started (" + relationship.startedOn + ")");
        }
        Meeting meeting = new Meeting();
        meeting.relationshipId = relationship.id;
        meeting.heldOn = draft.heldOn();
        meeting.durationMinutes = draft.durationMinutes();
        meeting.channel = draft.channel();
        meeting.topics = draft.topics() == null ? List.of() : draft.topics().stream().map(String::strip).distinct().toList();
        meeting.note = draft.note();
        meeting.loggedBy = access.subject();
        meeting.persist();
        feed.meeting(relationship, meeting);
        return meeting;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<ActivityViews.MeetingView> meetings(UUID relationshipId, String cursor, int limit) {
        return of(relationships.get(relationshipId)).page((q, p) -> Meeting.<Meeting>find(q, p), cursor, limit, m -> m.id,
                ActivityViews.MeetingView::of);
    }

    @Transactional
    public JournalEntry write(UUID relationshipId, ActivityRequests.JournalDraft draft) {
        Relationship relationship = relationships.get(relationshipId);
        access.requireParty(relationship, "The journal");
        JournalEntry entry = new JournalEntry();
        entry.relationshipId = relationship.id;
        entry.authorPersonId = access.subject();
        entry.text = draft.text();
        entry.shared = Boolean.TRUE.equals(draft.shared());
        entry.persist();
        return entry;
    }

    /** Only the author changes an entry (its text, or whether the other side may read it). */
    @Transactional
    public JournalEntry rewrite(UUID relationshipId, UUID entryId, String ifMatch, ActivityRequests.JournalDraft draft) {
        Relationship relationship = relationships.get(relationshipId);
        access.requireParty(relationship, "The journal");
        JournalEntry entry = JournalEntry.<JournalEntry>find("id = ?1 and relationshipId = ?2", entryId, relationship.id).firstResult();
        if (entry == null || !entry.authorPersonId.equals(access.subject())) {
            throw ProblemException.notFound("journal entry", entryId);
        }
        if (ifMatch != null) {
            ETags.require(ifMatch, entry.etag());
        }
        entry.text = draft.text();
        entry.shared = Boolean.TRUE.equals(draft.shared());
        return entry;
    }

    /** The caller's own entries and those the other side shared. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<ActivityViews.JournalView> journal(UUID relationshipId, String cursor, int limit) {
        Relationship relationship = relationships.get(relationshipId);
        access.requireParty(relationship, "The journal");
        return of(relationship).and("(authorPersonId = :me or shared = true)", "me", access.subject())
                .page((q, p) -> JournalEntry.<JournalEntry>find(q, p), cursor, limit, e -> e.id, ActivityViews.JournalView::of);
    }

    private static Goal goal(Relationship relationship, UUID goalId) {
        relationship.requireActive();
        Goal goal = Goal.<Goal>find("id = ?1 and relationshipId = ?2", goalId, relationship.id).firstResult();
        if (goal == null) {
            throw ProblemException.notFound("goal", goalId);
        }
        return goal;
    }

    private static void apply(Goal goal, ActivityRequests.GoalDraft draft) {
        goal.description = draft.description().strip();
        goal.targetOn = draft.targetOn();
        goal.status = draft.status() == null ? Goal.Status.OPEN : draft.status();
    }
}
