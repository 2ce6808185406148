package io.tandem.matching.engine;

import java.util.Arrays;

/**
 * Exactly optimal capacitated mentor-mentee assignment by successive shortest augmenting paths on
 * the flow network source -> mentor (capacity c_j) -> mentee (capacity 1, cost -weight) -> sink.
 *
 * <p>Weights: for {@link Objective#HIGHEST_SCORE} the pair score; for
 * {@link Objective#MOST_PARTICIPATION} the score plus K = 1000 * mentees + 1, so that one more
 * matched mentee always outweighs any difference in scores (lexicographic: count, then score).
 *
 * <p>Each round runs Dijkstra on reduced costs (Johnson potentials keep them non-negative) from the
 * source, settling only mentors: a mentee has one residual edge out (to the sink when free, back to
 * its mentor when matched), so it is relaxed through at once. The search stops as soon as the
 * cheapest route to a free mentee is no more expensive than the next mentor, and only settled nodes'
 * potentials move (Jonker-Volgenant style). Each round adds one matched mentee along a cheapest
 * path, which keeps the assignment optimal for its size; rounds end when no path exists or, for
 * HIGHEST_SCORE, when the cheapest path would lower the total.
 *
 * <p>Deterministic: the same problem gives the same assignment. Ties are broken by index: among
 * mentors at equal distance the lower index is settled first, and a mentee keeps the first (lowest
 * settled) mentor that reached it at its distance.
 */
public final class OptimalMatcher {

    private static final long UNREACHED = Long.MAX_VALUE / 4;

    private final MatchingProblem problem;
    private final long bonus;
    private final Objective objective;
    private final int mentors;
    private final int mentees;

    private final long[] mentorPotential;
    private final long[] menteePotential;
    private long sourcePotential;
    private long sinkPotential;

    private final int[] load;
    private final int[] mentorOf;
    private final int[] matchedScore;

    private final long[] mentorDistance;
    private final int[] reachedVia;
    private final long[] menteeDistance;
    private final int[] menteeStamp;
    private final int[] reachedFrom;
    private final int[] reachedScore;
    private final int[] settled;
    private final int[] touched;
    private final int[] settledRound;
    private final MentorHeap heap;

    private OptimalMatcher(MatchingProblem problem, Objective objective) {
        this.problem = problem;
        this.objective = objective;
        this.mentors = problem.mentors();
        this.mentees = problem.mentees();
        this.bonus = objective == Objective.MOST_PARTICIPATION ? 1000L * mentees + 1 : 0;
        mentorPotential = new long[mentors];
        menteePotential = new long[mentees];
        load = new int[mentors];
        mentorOf = new int[mentees];
        matchedScore = new int[mentees];
        mentorDistance = new long[mentors];
        reachedVia = new int[mentors];
        menteeDistance = new long[mentees];
        menteeStamp = new int[mentees];
        reachedFrom = new int[mentees];
        reachedScore = new int[mentees];
        settled = new int[mentors];
        touched = new int[mentees];
        settledRound = new int[mentors];
        heap = new MentorHeap(mentors);
        Arrays.fill(mentorOf, -1);
    }

    public static Matching solve(MatchingProblem problem, Objective objective) {
        OptimalMatcher matcher = new OptimalMatcher(problem, objective);
        matcher.initialPotentials();
        int round = 0;
        while (matcher.augment(++round)) {
            // each round matches one more mentee
        }
        return new Matching(matcher.mentorOf, countMatched(matcher.mentorOf), matcher.total());
    }

    /** Mentee potential -(best weight on offer), sink at the lowest of those: every reduced cost starts >= 0. */
    private void initialPotentials() {
        long[] best = new long[mentees];
        Arrays.fill(best, Long.MIN_VALUE);
        for (int j = 0; j < mentors; j++) {
            for (int k = problem.rowStart(j), end = problem.rowStart(j + 1); k < end; k++) {
                int i = problem.menteeAt(k);
                best[i] = Math.max(best[i], problem.scoreAt(k) + bonus);
            }
        }
        long lowest = 0;
        for (int i = 0; i < mentees; i++) {
            menteePotential[i] = best[i] == Long.MIN_VALUE ? 0 : -best[i];
            lowest = Math.min(lowest, menteePotential[i]);
        }
        sinkPotential = lowest;
    }

    private boolean augment(int round) {
        int settledCount = 0;
        int touchedCount = 0;
        long bestToSink = UNREACHED;
        int freeMentee = -1;
        heap.clear();
        for (int j = 0; j < mentors; j++) {
            if (load[j] < problem.capacity(j) && problem.rowStart(j) < problem.rowStart(j + 1)) {
                reachedVia[j] = -1;
                heap.offer(j, sourcePotential - mentorPotential[j]);
            }
        }
        while (!heap.isEmpty() && heap.minKey() < bestToSink) {
            long distance = heap.minKey();
            int j = heap.poll();
            mentorDistance[j] = distance;
            settled[settledCount++] = j;
            long base = distance + mentorPotential[j];
            for (int k = problem.rowStart(j), end = problem.rowStart(j + 1); k < end; k++) {
                int i = problem.menteeAt(k);
                int owner = mentorOf[i];
                if (owner == j) {
                    continue;
                }
                long reach = base - (problem.scoreAt(k) + bonus) - menteePotential[i];
                if (menteeStamp[i] == round && reach >= menteeDistance[i]) {
                    continue;
                }
                if (menteeStamp[i] != round) {
                    menteeStamp[i] = round;
                    touched[touchedCount++] = i;
                }
                menteeDistance[i] = reach;
                reachedFrom[i] = j;
                reachedScore[i] = problem.scoreAt(k);
                if (owner < 0) {
                    long toSink = reach + menteePotential[i] - sinkPotential;
                    if (toSink < bestToSink) {
                        bestToSink = toSink;
                        freeMentee = i;
                    }
                } else if (!isSettled(owner, round)) {
                    long toOwner = reach + (matchedScore[i] + bonus) + menteePotential[i] - mentorPotential[owner];
                    if (!heap.contains(owner) || toOwner < heap.key(owner)) {
                        reachedVia[owner] = i;
                        heap.offer(owner, toOwner);
                    }
                }
            }
            settledRound[j] = round;
        }
        if (freeMentee < 0) {
            return false;
        }
        long pathCost = bestToSink - sourcePotential + sinkPotential;
        if (objective == Objective.HIGHEST_SCORE && pathCost >= 0) {
            return false;
        }
        for (int s = 0; s < settledCount; s++) {
            int j = settled[s];
            mentorPotential[j] += mentorDistance[j] - bestToSink;
        }
        for (int t = 0; t < touchedCount; t++) {
            int i = touched[t];
            if (menteeDistance[i] < bestToSink) {
                menteePotential[i] += menteeDistance[i] - bestToSink;
            }
        }
        sourcePotential -= bestToSink;
        flip(freeMentee);
        return true;
    }

    private boolean isSettled(int mentor, int round) {
        return settledRound[mentor] == round;
    }

    /** Moves each mentee on the path to the mentor that reached it; the first mentor gains a mentee. */
    private void flip(int mentee) {
        int current = mentee;
        while (true) {
            int mentor = reachedFrom[current];
            int displaced = reachedVia[mentor];
            mentorOf[current] = mentor;
            matchedScore[current] = reachedScore[current];
            if (displaced < 0) {
                load[mentor]++;
                return;
            }
            current = displaced;
        }
    }

    private long total() {
        long total = 0;
        for (int i = 0; i < mentees; i++) {
            if (mentorOf[i] >= 0) {
                total += matchedScore[i];
            }
        }
        return total;
    }

    private static int countMatched(int[] mentorOf) {
        int matched = 0;
        for (int mentor : mentorOf) {
            if (mentor >= 0) {
                matched++;
            }
        }
        return matched;
    }
}
