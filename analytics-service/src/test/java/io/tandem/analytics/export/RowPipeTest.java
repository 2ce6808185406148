package io.tandem.analytics.export;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RowPipeTest {

    private final ExecutorService readers = Executors.newCachedThreadPool();

    @Test
    void everyRowArrivesInOrderWhateverTheBatching() throws Exception {
        List<Integer> written = new ArrayList<>();
        long rows = new RowPipe<Integer>(2, 7).run(readers, sink -> {
            for (int i = 0; i < 1_000; i++) {
                sink.put(i);
            }
        }, written::add);
        assertThat(rows).isEqualTo(1_000);
        assertThat(written).hasSize(1_000).isSorted().startsWith(0).endsWith(999);
    }

    @Test
    void aReaderFailureReachesTheWriterAfterTheRowsBeforeIt() {
        List<Integer> written = new ArrayList<>();
        assertThatThrownBy(() -> new RowPipe<Integer>(2, 10).run(readers, sink -> {
            for (int i = 0; i < 25; i++) {
                sink.put(i);
            }
            throw new java.sql.SQLException("connection lost");
        }, written::add)).hasMessage("connection lost");
        assertThat(written).hasSize(25);
    }

    @Test
    void aWriterThatStopsStopsTheReaderBeforeRunReturns() {
        AtomicInteger produced = new AtomicInteger();
        AtomicInteger readerStoppedAt = new AtomicInteger(-1);
        assertThatThrownBy(() -> new RowPipe<Integer>(2, 10).run(readers, sink -> {
            for (int i = 0; i < 1_000_000; i++) {
                produced.incrementAndGet();
                if (!sink.put(i)) {
                    readerStoppedAt.set(i);
                    return;
                }
            }
        }, row -> {
            if (row == 50) {
                throw new java.io.IOException("client went away");
            }
        })).hasMessage("client went away");
        // the reader saw the stop (run returns only after it did) and had not read far ahead: two batches of room, one in hand
        assertThat(readerStoppedAt.get()).isBetween(50, 100);
        assertThat(produced.get()).isLessThan(100);
    }
}
