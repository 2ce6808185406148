package io.tandem.matching.engine;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.List;
import java.util.PriorityQueue;

/**
 * Stable matching with mentor capacities from ranked preferences, mentee-proposing deferred
 * acceptance (Gale and Shapley 1962; the hospitals/residents form in Roth 1984). The result is the
 * mentee-optimal stable matching: no mentee can do better in any stable matching.
 *
 * <p>Preferences are lists of acceptable partners, best first; anyone not listed is unacceptable.
 * Mentees propose in index order, and each proposes down its list; a mentor keeps its best
 * proposals up to capacity. The outcome does not depend on the proposing order.
 */
public final class StableMatcher {

    private StableMatcher() {
    }

    /**
     * @param menteePreferences for each mentee, acceptable mentors best first
     * @param mentorPreferences for each mentor, acceptable mentees best first
     * @return mentor of each mentee, or -1
     */
    public static int[] solve(int[][] menteePreferences, int[][] mentorPreferences, int[] capacity) {
        int mentees = menteePreferences.length;
        int mentors = mentorPreferences.length;
        int[][] rank = ranks(mentorPreferences, mentees);
        List<PriorityQueue<Integer>> held = new ArrayList<>(mentors);
        for (int j = 0; j < mentors; j++) {
            int mentor = j;
            // worst held mentee on top
            held.add(new PriorityQueue<>((a, b) -> Integer.compare(rank[mentor][b], rank[mentor][a])));
        }
        int[] next = new int[mentees];
        int[] mentorOf = new int[mentees];
        Arrays.fill(mentorOf, -1);
        Deque<Integer> free = new ArrayDeque<>();
        for (int i = 0; i < mentees; i++) {
            free.add(i);
        }
        while (!free.isEmpty()) {
            int mentee = free.poll();
            while (next[mentee] < menteePreferences[mentee].length) {
                int mentor = menteePreferences[mentee][next[mentee]++];
                if (rank[mentor][mentee] == Integer.MAX_VALUE || capacity[mentor] == 0) {
                    continue;
                }
                PriorityQueue<Integer> kept = held.get(mentor);
                if (kept.size() < capacity[mentor]) {
                    kept.add(mentee);
                    mentorOf[mentee] = mentor;
                    break;
                }
                int worst = kept.peek();
                if (rank[mentor][mentee] < rank[mentor][worst]) {
                    kept.poll();
                    mentorOf[worst] = -1;
                    free.add(worst);
                    kept.add(mentee);
                    mentorOf[mentee] = mentor;
                    break;
                }
            }
        }
        return mentorOf;
    }

    /**
     * Pairs (mentor, mentee) that would both rather be together than with what they have: the
     * oracle that a matching is stable (an empty list).
     */
    public static List<int[]> blockingPairs(int[] mentorOf, int[][] menteePreferences, int[][] mentorPreferences, int[] capacity) {
        int mentors = mentorPreferences.length;
        int[][] rank = ranks(mentorPreferences, mentorOf.length);
        int[] load = new int[mentors];
        int[] worstRank = new int[mentors];
        Arrays.fill(worstRank, -1);
        for (int i = 0; i < mentorOf.length; i++) {
            int j = mentorOf[i];
            if (j >= 0) {
                load[j]++;
                worstRank[j] = Math.max(worstRank[j], rank[j][i]);
            }
        }
        List<int[]> blocking = new ArrayList<>();
        for (int i = 0; i < mentorOf.length; i++) {
            for (int mentor : menteePreferences[i]) {
                if (mentor == mentorOf[i]) {
                    break; // every later mentor is worse for this mentee than the current one
                }
                if (rank[mentor][i] == Integer.MAX_VALUE) {
                    continue;
                }
                if (load[mentor] < capacity[mentor] || rank[mentor][i] < worstRank[mentor]) {
                    blocking.add(new int[] {mentor, i});
                }
            }
        }
        return blocking;
    }

    private static int[][] ranks(int[][] mentorPreferences, int mentees) {
        int[][] rank = new int[mentorPreferences.length][mentees];
        for (int j = 0; j < mentorPreferences.length; j++) {
            Arrays.fill(rank[j], Integer.MAX_VALUE);
            for (int r = 0; r < mentorPreferences[j].length; r++) {
                rank[j][mentorPreferences[j][r]] = r;
            }
        }
        return rank;
    }
}
