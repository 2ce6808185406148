package io.tandem.matching.engine;

/** Exhaustive search over every assignment of a tiny problem: the oracle for the engine. */
final class BruteForce {

    private final MatchingProblem problem;
    private final int[] load;
    private long bestCount = -1;
    private long bestScore = -1;
    private long bestScoreOnly = -1;

    private BruteForce(MatchingProblem problem) {
        this.problem = problem;
        this.load = new int[problem.mentors()];
    }

    /** {matched, total} of the lexicographic optimum and the best total score alone. */
    static long[] optimum(MatchingProblem problem) {
        BruteForce search = new BruteForce(problem);
        search.visit(0, 0, 0);
        return new long[] {search.bestCount, search.bestScore, search.bestScoreOnly};
    }

    private void visit(int mentee, int count, long score) {
        if (mentee == problem.mentees()) {
            if (count > bestCount || (count == bestCount && score > bestScore)) {
                bestCount = count;
                bestScore = score;
            }
            bestScoreOnly = Math.max(bestScoreOnly, score);
            return;
        }
        visit(mentee + 1, count, score);
        for (int mentor = 0; mentor < problem.mentors(); mentor++) {
            int s = problem.score(mentor, mentee);
            if (s >= 0 && load[mentor] < problem.capacity(mentor)) {
                load[mentor]++;
                visit(mentee + 1, count + 1, score + s);
                load[mentor]--;
            }
        }
    }
}
