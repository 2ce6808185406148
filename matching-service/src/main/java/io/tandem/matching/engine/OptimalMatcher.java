package io.tandem.matching.engine;

import java.util.Arrays;

/**
 * Exactly optimal capacitated mentor-mentee assignment.
 *
 * <p>Model: each mentor j is c_j identical slots (rows); mentees are columns, and every slot also
 * has a private "stays empty" column of cost 0, so every slot is always assigned and the problem is
 * a rectangular minimum-cost assignment. Pair cost is -(score + bonus): for
 * {@link Objective#HIGHEST_SCORE} the bonus is 0; for {@link Objective#MOST_PARTICIPATION} it is
 * K = 1000 * mentees + 1, so that one more matched mentee always outweighs any difference in scores
 * (lexicographic: count, then score).
 *
 * <p>Method: slots are inserted one at a time (mentor order); each insertion finds a cheapest
 * alternating path by Dijkstra on reduced costs c - u(slot) - v(column), which dual potentials keep
 * non-negative, ending at the first free column reached (a free mentee: one more match; a free
 * "empty" column: a slot gives up its mentee; the new slot's own: it stays empty). Potentials then
 * move only for the nodes the search settled (Jonker and Volgenant, 1987; free columns keep v = 0,
 * which makes the first free column reached the cheapest end). Each insertion keeps the assignment
 * optimal for the slots inserted so far, so the last one is optimal for all.
 *
 * <p>The search keeps its frontier in a binary heap, or on dense problems in a list scanned for the
 * minimum (cheaper when nearly every relaxation lowers a distance); both settle in the same order.
 *
 * <p>Deterministic: the same problem gives the same assignment. Ties are broken by index: among
 * columns at equal distance the lower index (mentees before empty columns) is settled first, and a
 * column keeps the first slot that reached it at its distance.
 */
public final class OptimalMatcher {

    private static final long UNREACHED = Long.MAX_VALUE;

    private final MatchingProblem problem;
    private final long bonus;
    private final int mentees;
    private final int slots;
    private final int[] slotMentor;

    private final long[] rowPotential;
    private final long[] columnPotential;
    private final int[] columnSlot;
    private final int[] slotColumn;

    private final long[] distance;
    private final int[] reachedStamp;
    private final int[] settledStamp;
    private final int[] reachedFrom;
    private final int[] settledColumns;
    private final int[] settledRows;
    private final IndexedMinHeap heap;
    private final ScanQueue scan;
    private int round;

    private OptimalMatcher(MatchingProblem problem, Objective objective, Boolean denseSearch) {
        this.problem = problem;
        this.mentees = problem.mentees();
        this.bonus = objective == Objective.MOST_PARTICIPATION ? 1000L * mentees + 1 : 0;
        int total = 0;
        for (int j = 0; j < problem.mentors(); j++) {
            total += problem.capacity(j);
        }
        this.slots = total;
        slotMentor = new int[slots];
        for (int j = 0, s = 0; j < problem.mentors(); j++) {
            for (int k = 0; k < problem.capacity(j); k++) {
                slotMentor[s++] = j;
            }
        }
        int columns = mentees + slots;
        rowPotential = new long[slots];
        columnPotential = new long[columns];
        columnSlot = new int[columns];
        slotColumn = new int[slots];
        distance = new long[columns];
        reachedStamp = new int[columns];
        settledStamp = new int[columns];
        reachedFrom = new int[columns];
        settledColumns = new int[columns];
        settledRows = new int[slots];
        // dense rows (over half of the mentees each): scan for the minimum instead of keeping a heap
        boolean dense = denseSearch != null ? denseSearch
                : problem.mentors() > 0 && problem.pairs() * 2 > (long) problem.mentors() * Math.max(1, mentees);
        heap = dense ? null : new IndexedMinHeap(columns);
        scan = dense ? new ScanQueue(columns) : null;
        if (dense) {
            Arrays.fill(distance, UNREACHED);
        }
        Arrays.fill(columnSlot, -1);
        Arrays.fill(slotColumn, -1);
    }

    public static Matching solve(MatchingProblem problem, Objective objective) {
        return solve(problem, objective, null);
    }

    /** As {@link #solve(MatchingProblem, Objective)} with the search frontier chosen by the caller (tests use both). */
    static Matching solve(MatchingProblem problem, Objective objective, Boolean denseSearch) {
        OptimalMatcher matcher = new OptimalMatcher(problem, objective, denseSearch);
        for (int slot = 0; slot < matcher.slots; slot++) {
            matcher.insert(slot);
        }
        int[] mentorOf = new int[problem.mentees()];
        for (int i = 0; i < mentorOf.length; i++) {
            mentorOf[i] = matcher.columnSlot[i] < 0 ? -1 : matcher.slotMentor[matcher.columnSlot[i]];
        }
        return Matching.of(problem, mentorOf);
    }

    private void insert(int slot) {
        int mentor = slotMentor[slot];
        if (problem.rowStart(mentor) == problem.rowStart(mentor + 1)) {
            columnSlot[mentees + slot] = slot;
            slotColumn[slot] = mentees + slot;
            return;
        }
        long u = 0;
        for (int k = problem.rowStart(mentor), end = problem.rowStart(mentor + 1); k < end; k++) {
            u = Math.min(u, -(problem.scoreAt(k) + bonus) - columnPotential[problem.menteeAt(k)]);
        }
        rowPotential[slot] = u;
        round++;
        clearQueue();
        int rows = 0;
        int columns = 0;
        settledRows[rows++] = slot;
        relax(slot, 0);
        int end;
        while (true) {
            int column = poll();
            long d = distance[column];
            settledStamp[column] = round;
            settledColumns[columns++] = column;
            int holder = columnSlot[column];
            if (holder < 0) {
                end = column;
                break;
            }
            settledRows[rows++] = holder;
            relax(holder, d);
        }
        long reach = distance[end];
        for (int c = 0; c < columns; c++) {
            int column = settledColumns[c];
            columnPotential[column] -= reach - distance[column];
        }
        for (int r = 0; r < rows; r++) {
            int row = settledRows[r];
            long rowDistance = row == slot ? 0 : distance[slotColumn[row]];
            rowPotential[row] += reach - rowDistance;
        }
        for (int column = end; ; ) {
            int row = reachedFrom[column];
            int previous = slotColumn[row];
            slotColumn[row] = column;
            columnSlot[column] = row;
            if (row == slot) {
                return;
            }
            column = previous;
        }
    }

    /** Offers every column of the row at its distance through the row. */
    private void relax(int row, long rowDistance) {
        int mentor = slotMentor[row];
        long base = rowDistance - rowPotential[row];
        if (scan != null) {
            relaxDense(row, mentor, base);
            return;
        }
        for (int k = problem.rowStart(mentor), end = problem.rowStart(mentor + 1); k < end; k++) {
            offer(problem.menteeAt(k), base - (problem.scoreAt(k) + bonus), row);
        }
        offer(mentees + row, base, row);
    }

    /**
     * Dense variant: every column starts the round at "unreached" (a huge distance), and a settled
     * column can never be lowered (reduced costs are non-negative), so no stamps are checked.
     */
    private void relaxDense(int row, int mentor, long base) {
        long[] dist = distance;
        long[] potential = columnPotential;
        int[] from = reachedFrom;
        long shifted = base - bonus;
        for (int k = problem.rowStart(mentor), end = problem.rowStart(mentor + 1); k < end; k++) {
            int column = problem.menteeAt(k);
            long d = shifted - problem.scoreAt(k) - potential[column];
            if (d < dist[column]) {
                dist[column] = d;
                from[column] = row;
            }
        }
        int own = mentees + row;
        long d = base - potential[own];
        if (d < dist[own]) {
            dist[own] = d;
            from[own] = row;
        }
    }

    private void offer(int column, long throughRow, int row) {
        if (settledStamp[column] == round) {
            return;
        }
        long d = throughRow - columnPotential[column];
        if (reachedStamp[column] != round || d < distance[column]) {
            reachedStamp[column] = round;
            distance[column] = d;
            reachedFrom[column] = row;
            heap.offer(column, d);
        }
    }

    private int poll() {
        return heap != null ? heap.poll() : scan.poll(distance);
    }

    private void clearQueue() {
        if (heap != null) {
            heap.clear();
        } else {
            Arrays.fill(distance, UNREACHED);
            scan.fillAll();
        }
    }
}
