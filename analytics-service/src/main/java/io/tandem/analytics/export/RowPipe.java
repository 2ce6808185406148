package io.tandem.analytics.export;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;

/**
 * Rows read on one thread and written on another, a batch at a time through a small bounded queue: the database cursor keeps
 * producing while the writer formats, instead of the two taking turns. At most {@code capacity} batches wait, so memory stays
 * bounded however long the stream is. A failure on either side ends both: the reader's reaches the writer; a writer that stops
 * (the client went away) tells the reader, which stops at its next row; {@link #run} returns only once the reader is done.
 * Plain Java.
 *
 * @param <T> one row as the reader hands it over
 */
final class RowPipe<T> {

    /** Produces rows until there are none; stops early when {@link Sink#put} answers false. */
    interface Source<T> {
        void read(Sink<T> rows) throws Exception;
    }

    interface Sink<T> {
        /** False once the writer has stopped: the reader should stop too. */
        boolean put(T row) throws InterruptedException;
    }

    interface Consumer<T> {
        void accept(T row) throws Exception;
    }

    private static final List<Object> END = new ArrayList<>();

    private final BlockingQueue<List<T>> batches;
    private final int batchSize;
    private final java.util.concurrent.CountDownLatch readerDone = new java.util.concurrent.CountDownLatch(1);
    private volatile boolean writerStopped;
    private volatile Throwable readerFailed;

    RowPipe(int capacity, int batchSize) {
        this.batches = new ArrayBlockingQueue<>(capacity);
        this.batchSize = batchSize;
    }

    /** Runs the source on the executor and hands each row to the consumer on this thread; answers the number of rows. */
    @SuppressWarnings("unchecked")
    long run(Executor executor, Source<T> source, Consumer<T> consumer) throws Exception {
        executor.execute(() -> {
            List<T> batch = new ArrayList<>(batchSize);
            try {
                source.read(row -> {
                    batch.add(row);
                    if (batch.size() == batchSize) {
                        boolean open = hand(new ArrayList<>(batch));
                        batch.clear();
                        return open;
                    }
                    return !writerStopped;
                });
            } catch (Throwable e) {
                readerFailed = e;
            } finally {
                try {
                    if (!batch.isEmpty()) {
                        hand(new ArrayList<>(batch)); // the rows read before the end (or the failure) still go out
                    }
                    hand((List<T>) END);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                } finally {
                    readerDone.countDown();
                }
            }
        });
        long rows = 0;
        try {
            while (true) {
                List<T> batch = batches.take();
                if (batch == END) {
                    break;
                }
                for (T row : batch) {
                    consumer.accept(row);
                    rows++;
                }
            }
        } finally {
            writerStopped = true;
            batches.clear(); // frees a reader waiting for room
            readerDone.await(); // the reader uses the caller's connection: it is done with it before the caller closes it
        }
        if (readerFailed != null) {
            throw readerFailed instanceof Exception e ? e : new IllegalStateException(readerFailed);
        }
        return rows;
    }

    /** Waits for room, giving up once the writer has stopped. */
    private boolean hand(List<T> batch) throws InterruptedException {
        while (!writerStopped) {
            if (batches.offer(batch, 100, TimeUnit.MILLISECONDS)) {
                return true;
            }
        }
        return false;
    }
}
