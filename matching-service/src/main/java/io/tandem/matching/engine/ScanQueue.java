package io.tandem.matching.engine;

/**
 * The unsettled columns of a dense search as a plain list, scanned for the lowest distance. On dense
 * problems almost every relaxation lowers a distance, and a heap then spends its time re-ordering;
 * a scan per settled column is cheaper. Same order as {@link IndexedMinHeap}: lower distance, then
 * lower index.
 */
final class ScanQueue {

    private final int[] items;
    private int size;

    ScanQueue(int capacity) {
        items = new int[capacity];
    }

    /** Every column is a candidate again (distances are reset by the caller). */
    void fillAll() {
        for (int node = 0; node < items.length; node++) {
            items[node] = node;
        }
        size = items.length;
    }

    /** Removes and returns the node with the lowest distance (lowest index among equals). */
    int poll(long[] distance) {
        int bestAt = 0;
        int best = items[0];
        long bestKey = distance[best];
        for (int at = 1; at < size; at++) {
            int node = items[at];
            long k = distance[node];
            if (k < bestKey || (k == bestKey && node < best)) {
                bestKey = k;
                best = node;
                bestAt = at;
            }
        }
        items[bestAt] = items[--size];
        return best;
    }
}
