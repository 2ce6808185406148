package io.tandem.matching.engine;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

class StableMatcherTest {

    @Test
    void textbookInstanceGivesTheMenteeOptimalMatching() {
        // mentees 0,1 both prefer mentor 0 (capacity 1); mentor 0 prefers mentee 1
        int[][] mentees = {{0, 1}, {0, 1}};
        int[][] mentors = {{1, 0}, {0, 1}};
        assertThat(StableMatcher.solve(mentees, mentors, new int[] {1, 1})).containsExactly(1, 0);
    }

    @Test
    void neverLeavesABlockingPairOnRandomInstances() {
        Random random = new Random(42);
        for (int instance = 0; instance < 2_000; instance++) {
            int mentorCount = 1 + random.nextInt(6);
            int menteeCount = 1 + random.nextInt(12);
            int[] capacity = new int[mentorCount];
            for (int j = 0; j < mentorCount; j++) {
                capacity[j] = random.nextInt(4);
            }
            int[][] menteePrefs = randomPreferences(random, menteeCount, mentorCount);
            int[][] mentorPrefs = randomPreferences(random, mentorCount, menteeCount);
            int[] matching = StableMatcher.solve(menteePrefs, mentorPrefs, capacity);
            assertThat(StableMatcher.blockingPairs(matching, menteePrefs, mentorPrefs, capacity)).as("instance %d", instance).isEmpty();
            int[] load = new int[mentorCount];
            for (int i = 0; i < menteeCount; i++) {
                if (matching[i] >= 0) {
                    load[matching[i]]++;
                    assertThat(contains(menteePrefs[i], matching[i]) && contains(mentorPrefs[matching[i]], i)).isTrue();
                }
            }
            for (int j = 0; j < mentorCount; j++) {
                assertThat(load[j]).isLessThanOrEqualTo(capacity[j]);
            }
        }
    }

    @Test
    void theOracleFindsABlockingPair() {
        int[][] mentees = {{0}, {0}};
        int[][] mentors = {{1, 0}};
        // mentee 0 holds mentor 0 although the mentor prefers mentee 1, who also wants the mentor
        assertThat(StableMatcher.blockingPairs(new int[] {0, -1}, mentees, mentors, new int[] {1}))
                .containsExactly(new int[] {0, 1});
    }

    private static boolean contains(int[] list, int value) {
        for (int v : list) {
            if (v == value) {
                return true;
            }
        }
        return false;
    }

    /** Each person finds a random subset acceptable, in random order. */
    private static int[][] randomPreferences(Random random, int people, int others) {
        int[][] prefs = new int[people][];
        for (int p = 0; p < people; p++) {
            List<Integer> list = new ArrayList<>();
            for (int o = 0; o < others; o++) {
                if (random.nextDouble() < 0.7) {
                    list.add(o);
                }
            }
            Collections.shuffle(list, random);
            prefs[p] = list.stream().mapToInt(Integer::intValue).toArray();
        }
        return prefs;
    }
}
