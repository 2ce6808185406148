package io.tandem.matching.engine;

import java.util.Arrays;

/** Indexed binary min-heap of mentors by distance; equal distances pop the lower mentor index first. */
final class MentorHeap {

    private final int[] heap;
    private final int[] position;
    private final long[] key;
    private int size;

    MentorHeap(int mentors) {
        heap = new int[mentors];
        position = new int[mentors];
        key = new long[mentors];
        Arrays.fill(position, -1);
    }

    boolean isEmpty() {
        return size == 0;
    }

    long minKey() {
        return key[heap[0]];
    }

    boolean contains(int mentor) {
        return position[mentor] >= 0;
    }

    long key(int mentor) {
        return key[mentor];
    }

    /** Inserts the mentor, or lowers its key; a higher key is ignored. */
    void offer(int mentor, long value) {
        int at = position[mentor];
        if (at < 0) {
            key[mentor] = value;
            heap[size] = mentor;
            position[mentor] = size;
            up(size++);
        } else if (value < key[mentor]) {
            key[mentor] = value;
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
        int mentor = heap[at];
        while (at > 0) {
            int parent = (at - 1) >>> 1;
            if (!less(mentor, heap[parent])) {
                break;
            }
            heap[at] = heap[parent];
            position[heap[at]] = at;
            at = parent;
        }
        heap[at] = mentor;
        position[mentor] = at;
    }

    private void down(int at) {
        int mentor = heap[at];
        while (true) {
            int child = 2 * at + 1;
            if (child >= size) {
                break;
            }
            if (child + 1 < size && less(heap[child + 1], heap[child])) {
                child++;
            }
            if (!less(heap[child], mentor)) {
                break;
            }
            heap[at] = heap[child];
            position[heap[at]] = at;
            at = child;
        }
        heap[at] = mentor;
        position[mentor] = at;
    }
}
