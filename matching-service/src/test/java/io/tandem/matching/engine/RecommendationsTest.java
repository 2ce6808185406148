package io.tandem.matching.engine;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class RecommendationsTest {

    @Test
    void listsTheBestMentorsWithRoomBestFirstTiesByIndex() {
        MatchingProblem problem = MatchingProblem.builder(4, 2, new int[] {1, 1, 1, 1})
                .pair(0, 0, 500).pair(1, 0, 800).pair(2, 0, 800).pair(3, 0, 900).pair(0, 1, 100).build();
        List<List<Recommendations.Candidate>> top = Recommendations.topK(problem, 3, new int[] {1, 1, 1, 0});
        assertThat(top.get(0)).containsExactly(new Recommendations.Candidate(1, 800), new Recommendations.Candidate(2, 800),
                new Recommendations.Candidate(0, 500));
        assertThat(top.get(1)).containsExactly(new Recommendations.Candidate(0, 100));
    }
}
