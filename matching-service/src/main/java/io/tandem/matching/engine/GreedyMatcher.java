package io.tandem.matching.engine;

import java.util.Arrays;

/**
 * The obvious baseline: take pairs from the highest score down while both sides have room. Kept to
 * show, in tests and reports, what the optimal engine gains over it.
 */
public final class GreedyMatcher {

    private GreedyMatcher() {
    }

    public static Matching solve(MatchingProblem problem) {
        long pairs = problem.pairs();
        long[] order = new long[Math.toIntExact(pairs)];
        for (int j = 0, k = 0; j < problem.mentors(); j++) {
            for (int at = problem.rowStart(j); at < problem.rowStart(j + 1); at++, k++) {
                // highest score first, then lower mentor, then lower mentee (the index within the rows)
                order[k] = ((long) (MatchingProblem.MAX_SCORE - problem.scoreAt(at)) << 40) | at;
            }
        }
        Arrays.sort(order);
        int[] mentorOf = new int[problem.mentees()];
        Arrays.fill(mentorOf, -1);
        int[] load = new int[problem.mentors()];
        int[] mentorAt = new int[order.length];
        for (int j = 0; j < problem.mentors(); j++) {
            Arrays.fill(mentorAt, problem.rowStart(j), problem.rowStart(j + 1), j);
        }
        for (long packed : order) {
            int at = (int) (packed & ((1L << 40) - 1));
            int mentor = mentorAt[at];
            int mentee = problem.menteeAt(at);
            if (mentorOf[mentee] < 0 && load[mentor] < problem.capacity(mentor)) {
                mentorOf[mentee] = mentor;
                load[mentor]++;
            }
        }
        return Matching.of(problem, mentorOf);
    }
}
