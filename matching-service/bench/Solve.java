import io.tandem.matching.engine.Matching;
import io.tandem.matching.engine.MatchingProblem;
import io.tandem.matching.engine.Objective;
import io.tandem.matching.engine.OptimalMatcher;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Runs the matching engine on a benchmark instance (../shared/bench/matching/FORMAT.md), writes the
 * solution, and prints "matched total_score solve_ms peak_heap_mb". solve_ms is the engine alone
 * (reading and writing excluded); peak_heap_mb is the highest heap use of the whole run, reading included.
 *   java -cp matching-service/target/classes matching-service/bench/Solve.java INSTANCE OUT.sol
 */
public class Solve {

    public static void main(String[] args) throws IOException {
        MatchingProblem problem = read(Path.of(args[0]));
        long start = System.nanoTime();
        Matching matching = OptimalMatcher.solve(problem, Objective.MOST_PARTICIPATION);
        long solveMs = (System.nanoTime() - start) / 1_000_000;
        write(Path.of(args[1]), matching, problem);
        System.out.println(matching.matched() + " " + matching.totalScore() + " " + solveMs + " " + peakHeapMb());
    }

    private static long peakHeapMb() {
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        return peak / (1024 * 1024);
    }

    private static void write(Path out, Matching matching, MatchingProblem problem) throws IOException {
        try (BufferedWriter writer = Files.newBufferedWriter(out)) {
            writer.write(matching.matched() + " " + matching.totalScore() + "\n");
            int[] mentorOf = matching.mentorOf();
            for (int mentee = 0; mentee < mentorOf.length; mentee++) {
                if (mentorOf[mentee] >= 0) {
                    writer.write(mentee + " " + mentorOf[mentee] + "\n");
                }
            }
        }
    }

    /** A byte-level reader: the dense instances are about 260 MB of text. */
    private static MatchingProblem read(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            Numbers numbers = new Numbers(in);
            int mentors = (int) numbers.next();
            int mentees = (int) numbers.next();
            int[] capacity = new int[mentors];
            for (int j = 0; j < mentors; j++) {
                capacity[j] = (int) numbers.next();
            }
            MatchingProblem.Builder builder = MatchingProblem.builder(mentors, mentees, capacity)
                    .expectPairs(Math.min((long) mentors * mentees, Files.size(file) / 6));
            for (long mentor = numbers.next(); mentor >= 0; mentor = numbers.next()) {
                builder.pair((int) mentor, (int) numbers.next(), (int) numbers.next());
            }
            return builder.build();
        }
    }

    private static final class Numbers {
        private final InputStream in;
        private final byte[] buffer = new byte[1 << 16];
        private int length;
        private int at;

        Numbers(InputStream in) {
            this.in = in;
        }

        /** The next non-negative integer, or -1 at the end of the input. */
        long next() throws IOException {
            int b = read();
            while (b >= 0 && (b < '0' || b > '9')) {
                b = read();
            }
            if (b < 0) {
                return -1;
            }
            long value = 0;
            while (b >= '0' && b <= '9') {
                value = value * 10 + (b - '0');
                b = read();
            }
            return value;
        }

        private int read() throws IOException {
            if (at == length) {
                length = in.read(buffer, 0, buffer.length);
                at = 0;
                if (length <= 0) {
                    length = 0;
                    return -1;
                }
            }
            return buffer[at++];
        }
    }
}
