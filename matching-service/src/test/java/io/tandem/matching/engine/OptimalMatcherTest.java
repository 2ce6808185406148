package io.tandem.matching.engine;

import org.junit.jupiter.api.Test;

import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

class OptimalMatcherTest {

    /** The example of ../shared/bench/matching/FORMAT.md: optimum 3 1750, greedy 3 1720. */
    private static MatchingProblem formatExample() {
        return MatchingProblem.builder(2, 3, new int[] {2, 1})
                .pair(0, 0, 700).pair(0, 1, 650).pair(1, 1, 900).pair(0, 2, 120).pair(1, 2, 400).build();
    }

    @Test
    void solvesTheFormatExample() {
        Matching optimal = OptimalMatcher.solve(formatExample(), Objective.MOST_PARTICIPATION);
        assertThat(optimal.matched()).isEqualTo(3);
        assertThat(optimal.totalScore()).isEqualTo(1750);
        assertThat(optimal.mentorOf()).containsExactly(0, 0, 1);
        Matching greedy = GreedyMatcher.solve(formatExample());
        assertThat(greedy.totalScore()).isEqualTo(1720);
    }

    @Test
    void mostParticipationMatchesMoreEvenAtALowerScore() {
        // one mentor with room for one: a 900 pair alone, or two mentees through a second mentor
        MatchingProblem problem = MatchingProblem.builder(2, 2, new int[] {1, 1})
                .pair(0, 0, 900).pair(0, 1, 10).pair(1, 0, 5).build();
        Matching participation = OptimalMatcher.solve(problem, Objective.MOST_PARTICIPATION);
        assertThat(participation.matched()).isEqualTo(2);
        assertThat(participation.totalScore()).isEqualTo(15);
        Matching score = OptimalMatcher.solve(problem, Objective.HIGHEST_SCORE);
        assertThat(score.matched()).isEqualTo(1);
        assertThat(score.totalScore()).isEqualTo(900);
    }

    @Test
    void agreesWithBruteForceOnThousandsOfRandomInstances() {
        Random random = new Random(20261123);
        for (int instance = 0; instance < 3_000; instance++) {
            MatchingProblem problem = randomProblem(random);
            long[] oracle = BruteForce.optimum(problem);
            Matching participation = Matching.of(problem, OptimalMatcher.solve(problem, Objective.MOST_PARTICIPATION).mentorOf());
            assertThat(new long[] {participation.matched(), participation.totalScore()})
                    .as("instance %d most participation", instance).containsExactly(oracle[0], oracle[1]);
            Matching score = Matching.of(problem, OptimalMatcher.solve(problem, Objective.HIGHEST_SCORE).mentorOf());
            assertThat(score.totalScore()).as("instance %d highest score", instance).isEqualTo(oracle[2]);
            Matching greedy = GreedyMatcher.solve(problem);
            assertThat(greedy.matched() < participation.matched()
                    || (greedy.matched() == participation.matched() && greedy.totalScore() <= participation.totalScore()))
                    .as("instance %d greedy is never better", instance).isTrue();
            assertThat(greedy.totalScore()).isLessThanOrEqualTo(score.totalScore());
        }
    }

    @Test
    void sameInputGivesTheSameAssignment() {
        Random random = new Random(7);
        for (int instance = 0; instance < 200; instance++) {
            MatchingProblem problem = randomProblem(random);
            assertThat(OptimalMatcher.solve(problem, Objective.MOST_PARTICIPATION).mentorOf())
                    .containsExactly(OptimalMatcher.solve(problem, Objective.MOST_PARTICIPATION).mentorOf());
        }
    }

    @Test
    void heapAndScanFrontiersGiveTheSameAssignment() {
        Random random = new Random(11);
        for (int instance = 0; instance < 1_000; instance++) {
            MatchingProblem problem = randomProblem(random);
            for (Objective objective : Objective.values()) {
                assertThat(OptimalMatcher.solve(problem, objective, true).mentorOf())
                        .as("instance %d %s", instance, objective)
                        .containsExactly(OptimalMatcher.solve(problem, objective, false).mentorOf());
            }
        }
    }

    @Test
    void handlesEmptyAndUnmatchableProblems() {
        assertThat(OptimalMatcher.solve(MatchingProblem.builder(0, 3, new int[0]).build(), Objective.MOST_PARTICIPATION).matched()).isZero();
        MatchingProblem noRoom = MatchingProblem.builder(1, 2, new int[] {0}).pair(0, 0, 500).build();
        assertThat(OptimalMatcher.solve(noRoom, Objective.MOST_PARTICIPATION).mentorOf()).containsExactly(-1, -1);
    }

    /** 1-4 mentors with capacity 0-3, 1-7 mentees, each pair allowed with probability 0.3-1, scores with many ties. */
    static MatchingProblem randomProblem(Random random) {
        int mentors = 1 + random.nextInt(4);
        int mentees = 1 + random.nextInt(7);
        int[] capacity = new int[mentors];
        for (int j = 0; j < mentors; j++) {
            capacity[j] = random.nextInt(4);
        }
        double density = 0.3 + 0.7 * random.nextDouble();
        int scoreRange = random.nextBoolean() ? 5 : 1001;
        MatchingProblem.Builder builder = MatchingProblem.builder(mentors, mentees, capacity);
        for (int i = 0; i < mentees; i++) {
            for (int j = 0; j < mentors; j++) {
                if (random.nextDouble() < density) {
                    builder.pair(j, i, scoreRange == 5 ? random.nextInt(5) * 250 : random.nextInt(1001));
                }
            }
        }
        return builder.build();
    }
}
