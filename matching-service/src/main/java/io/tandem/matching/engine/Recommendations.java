package io.tandem.matching.engine;

import java.util.ArrayList;
import java.util.List;

/**
 * Top-k mentors for each mentee, for programmes where mentees choose: the k allowed mentors with
 * the highest score and room left, best first; equal scores list the lower mentor index first.
 */
public final class Recommendations {

    private Recommendations() {
    }

    public record Candidate(int mentor, int score) {
    }

    /** @param roomLeft mentors' remaining capacity; a mentor with none is not recommended */
    public static List<List<Candidate>> topK(MatchingProblem problem, int k, int[] roomLeft) {
        List<List<Candidate>> byMentee = new ArrayList<>(problem.mentees());
        int[][] bestMentor = new int[problem.mentees()][k];
        int[][] bestScore = new int[problem.mentees()][k];
        int[] count = new int[problem.mentees()];
        for (int j = 0; j < problem.mentors(); j++) {
            if (roomLeft[j] <= 0) {
                continue;
            }
            for (int at = problem.rowStart(j); at < problem.rowStart(j + 1); at++) {
                insert(bestMentor[problem.menteeAt(at)], bestScore[problem.menteeAt(at)], count, problem.menteeAt(at), j,
                        problem.scoreAt(at), k);
            }
        }
        for (int i = 0; i < problem.mentees(); i++) {
            List<Candidate> list = new ArrayList<>(count[i]);
            for (int r = 0; r < count[i]; r++) {
                list.add(new Candidate(bestMentor[i][r], bestScore[i][r]));
            }
            byMentee.add(list);
        }
        return byMentee;
    }

    /** Keeps the k best in order; mentors arrive in ascending index, so a tie stays behind earlier ones. */
    private static void insert(int[] mentors, int[] scores, int[] count, int mentee, int mentor, int score, int k) {
        int n = count[mentee];
        if (n == k && score <= scores[k - 1]) {
            return;
        }
        int at = Math.min(n, k - 1);
        while (at > 0 && scores[at - 1] < score) {
            mentors[at] = mentors[at - 1];
            scores[at] = scores[at - 1];
            at--;
        }
        mentors[at] = mentor;
        scores[at] = score;
        count[mentee] = Math.min(k, n + 1);
    }
}
