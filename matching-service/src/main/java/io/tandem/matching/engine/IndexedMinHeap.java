package io.tandem.matching.engine;

import java.util.Arrays;

/** Indexed binary min-heap of node indices by distance; equal distances pop the lower index first. */
final class IndexedMinHeap {

    private final int[] heap;
    private final int[] position;
    private final long[] key;
    private int size;

    IndexedMinHeap(int capacity) {
        heap = new int[capacity];
        position = new int[capacity];
        key = new long[capacity];
        Arrays.fill(position, -1);
    }

    boolean isEmpty() {
        return size == 0;
    }

    long minKey() {
        return key[heap[0]];
    }

    boolean contains(int node) {
        return position[node] >= 0;
    }

    long key(int node) {
        return key[node];
    }

    /** Inserts the node, or lowers its key; a higher key is ignored. */
    void offer(int node, long value) {
        int at = position[node];
        if (at < 0) {
            key[node] = value;
            heap[size] = node;
            position[node] = size;
            up(size++);
        } else if (value < key[node]) {
            key[node] = value;
            up(at);
        }
    }

    int poll() {
        int top = heap[0];
        position[top] = -1;
        if (--size > 0) {
            heap[0] = heap[size];
            position[heap[0]] = 0;
            down(0);
        }
        return top;
    }

    void clear() {
        for (int k = 0; k < size; k++) {
            position[heap[k]] = -1;
        }
        size = 0;
    }

    private boolean less(int a, int b) {
        return key[a] < key[b] || (key[a] == key[b] && a < b);
    }

    private void up(int at) {
        int node = heap[at];
        while (at > 0) {
            int parent = (at - 1) >>> 1;
            if (!less(node, heap[parent])) {
                break;
            }
            heap[at] = heap[parent];
            position[heap[at]] = at;
            at = parent;
        }
        heap[at] = node;
        position[node] = at;
    }

    private void down(int at) {
        int node = heap[at];
        while (true) {
            int child = 2 * at + 1;
            if (child >= size) {
                break;
            }
            if (child + 1 < size && less(heap[child + 1], heap[child])) {
                child++;
            }
            if (!less(heap[child], node)) {
                break;
            }
            heap[at] = heap[child];
            position[heap[at]] = at;
            at = child;
        }
        heap[at] = node;
        position[node] = at;
    }
}
