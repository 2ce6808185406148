package io.tandem.matching.run;

import io.tandem.matching.engine.MatchingProblem;
import io.tandem.matching.engine.StableMatcher;
import io.tandem.matching.participant.ParticipantView;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns participants' ranked preferences into the stable matcher's lists. Only allowed pairs are
 * acceptable (hard rules apply); each side's listed people come first in their order, and everyone
 * else allowed follows by compatibility score, best first (ties by index), so people who rank no
 * one are still matched sensibly.
 */
final class StablePreferences {

    private StablePreferences() {
    }

    static int[] solve(MatchingProblem problem, List<ParticipantView> mentors, List<ParticipantView> mentees) {
        int m = problem.mentors();
        int n = problem.mentees();
        List<List<int[]>> byMentee = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            byMentee.add(new ArrayList<>());
        }
        List<List<int[]>> byMentor = new ArrayList<>(m);
        int[] capacity = new int[m];
        for (int j = 0; j < m; j++) {
            capacity[j] = problem.capacity(j);
            List<int[]> row = new ArrayList<>();
            for (int at = problem.rowStart(j); at < problem.rowStart(j + 1); at++) {
                row.add(new int[] {problem.menteeAt(at), problem.scoreAt(at)});
                byMentee.get(problem.menteeAt(at)).add(new int[] {j, problem.scoreAt(at)});
            }
            byMentor.add(row);
        }
        Map<String, Integer> mentorIndex = index(mentors);
        Map<String, Integer> menteeIndex = index(mentees);
        int[][] menteePrefs = new int[n][];
        for (int i = 0; i < n; i++) {
            menteePrefs[i] = order(byMentee.get(i), mentees.get(i).preferences(), mentorIndex);
        }
        int[][] mentorPrefs = new int[m][];
        for (int j = 0; j < m; j++) {
            mentorPrefs[j] = order(byMentor.get(j), mentors.get(j).preferences(), menteeIndex);
        }
        return StableMatcher.solve(menteePrefs, mentorPrefs, capacity);
    }

    private static Map<String, Integer> index(List<ParticipantView> people) {
        Map<String, Integer> index = new HashMap<>();
        for (int k = 0; k < people.size(); k++) {
            index.put(people.get(k).personId(), k);
        }
        return index;
    }

    /** Allowed partners (index, score): listed ones first in the person's order, then by score, then index. */
    private static int[] order(List<int[]> allowed, List<String> listed, Map<String, Integer> index) {
        Map<Integer, Integer> rank = new HashMap<>();
        for (int r = 0; r < listed.size(); r++) {
            Integer k = index.get(listed.get(r));
            if (k != null) {
                rank.putIfAbsent(k, r);
            }
        }
        return allowed.stream()
                .sorted(Comparator.<int[]>comparingInt(a -> rank.getOrDefault(a[0], Integer.MAX_VALUE))
                        .thenComparing(a -> -a[1]).thenComparingInt(a -> a[0]))
                .mapToInt(a -> a[0]).toArray();
    }
}
