package io.tandem.matching.proposal;

import org.junit.jupiter.api.Test;

import static io.tandem.matching.proposal.MentorPlaces.View.CURRENT;
import static io.tandem.matching.proposal.MentorPlaces.View.DRAFT_RUN;
import static io.tandem.matching.proposal.MentorPlaces.holdsPlace;
import static org.assertj.core.api.Assertions.assertThat;

class MentorPlacesTest {

    @Test
    void acceptedPairsHoldAPlaceInEveryView() {
        assertThat(holdsPlace(CURRENT, ProposalStatus.ACCEPTED, false, Decision.ACCEPTED, false, false)).isTrue();
        assertThat(holdsPlace(DRAFT_RUN, ProposalStatus.ACCEPTED, true, Decision.ACCEPTED, false, false)).isTrue();
    }

    @Test
    void anAcceptedPairFreesItsPlaceOnceItsRelationshipClosed() {
        assertThat(holdsPlace(CURRENT, ProposalStatus.ACCEPTED, false, Decision.ACCEPTED, false, true)).isFalse();
        assertThat(holdsPlace(DRAFT_RUN, ProposalStatus.ACCEPTED, false, Decision.ACCEPTED, false, true)).isFalse();
    }

    @Test
    void aPublishedRecommendationHoldsAPlaceOnlyOnceTheMenteeChoseIt() {
        assertThat(holdsPlace(CURRENT, ProposalStatus.PUBLISHED, true, null, false, false)).isFalse();
        assertThat(holdsPlace(CURRENT, ProposalStatus.PUBLISHED, true, Decision.ACCEPTED, false, false)).isTrue();
        assertThat(holdsPlace(CURRENT, ProposalStatus.PUBLISHED, false, null, false, false)).isTrue();
    }

    @Test
    void draftsHoldPlacesOnlyInsideTheirOwnUnpublishedRun() {
        assertThat(holdsPlace(DRAFT_RUN, ProposalStatus.PROPOSED, false, null, true, false)).isTrue();
        assertThat(holdsPlace(DRAFT_RUN, ProposalStatus.PROPOSED, false, null, false, false)).isFalse();
        assertThat(holdsPlace(CURRENT, ProposalStatus.PROPOSED, false, null, true, false)).isFalse();
        // publishing the draft run withdraws earlier undecided proposals, so they hold nothing there
        assertThat(holdsPlace(DRAFT_RUN, ProposalStatus.PUBLISHED, false, null, false, false)).isFalse();
    }

    @Test
    void declinedAndWithdrawnHoldNothing() {
        for (MentorPlaces.View view : MentorPlaces.View.values()) {
            assertThat(holdsPlace(view, ProposalStatus.DECLINED, false, Decision.ACCEPTED, true, false)).isFalse();
            assertThat(holdsPlace(view, ProposalStatus.WITHDRAWN, false, Decision.ACCEPTED, true, false)).isFalse();
        }
    }

    @Test
    void roomIsCapacityMinusHeldPlaces() {
        assertThat(MentorPlaces.hasRoom(2, 1)).isTrue();
        assertThat(MentorPlaces.hasRoom(2, 2)).isFalse();
        assertThat(MentorPlaces.hasRoom(0, 0)).isFalse();
    }
}
