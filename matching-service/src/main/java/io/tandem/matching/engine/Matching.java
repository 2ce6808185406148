package io.tandem.matching.engine;

/**
 * An assignment of mentees to mentors.
 *
 * @param mentorOf mentor of each mentee, or -1 when unmatched
 */
public record Matching(int[] mentorOf, int matched, long totalScore) {

    public static Matching of(MatchingProblem problem, int[] mentorOf) {
        int matched = 0;
        long total = 0;
        int[] load = new int[problem.mentors()];
        for (int mentee = 0; mentee < mentorOf.length; mentee++) {
            int mentor = mentorOf[mentee];
            if (mentor < 0) {
                continue;
            }
            int score = problem.score(mentor, mentee);
            if (score < 0 || ++load[mentor] > problem.capacity(mentor)) {
                throw new IllegalStateException("invalid assignment of mentee " + mentee + " to mentor " + mentor);
            }
            matched++;
            total += score;
        }
        return new Matching(mentorOf, matched, total);
    }
}
