package io.tandem.localdb;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;

/**
 * A real PostgreSQL server (major version 16, as in Compose) started from the binaries zonky
 * publishes on Maven Central. With a data directory the data outlives the process; without one it
 * lives in a temporary folder.
 */
public final class EmbeddedServer implements AutoCloseable {

    private final EmbeddedPostgres postgres;

    private EmbeddedServer(EmbeddedPostgres postgres) {
        this.postgres = postgres;
    }

    /**
     * @param dataDirectory where the cluster lives (kept across runs), or null for a throw-away one
     * @param port          the port to listen on on localhost, or 0 for any free port
     * @param durable       whether a commit survives a crash of the machine: zonky's defaults turn
     *                      fsync, synchronous commit and full-page writes off, which suits tests but
     *                      not data someone means to keep
     */
    public static EmbeddedServer start(Path dataDirectory, int port, boolean durable) {
        return start(dataDirectory, port, durable, java.util.Map.of());
    }

    /**
     * @param settings more server settings, e.g. shared_buffers (PostgreSQL's own page cache: its default of 128 MB
     *                 suits tests but makes a read model of a few hundred MB re-read its tables from the OS on every
     *                 report) or max_wal_size (fewer checkpoints, so fewer full-page images, during a bulk load)
     */
    public static EmbeddedServer start(Path dataDirectory, int port, boolean durable, java.util.Map<String, String> settings) {
        try {
            EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder();
            if (dataDirectory != null) {
                builder.setDataDirectory(dataDirectory).setCleanDataDirectory(false);
            }
            if (port > 0) {
                builder.setPort(port);
            }
            if (durable) {
                builder.setServerConfig("fsync", "on").setServerConfig("synchronous_commit", "on")
                        .setServerConfig("full_page_writes", "on");
            }
            settings.forEach(builder::setServerConfig);
            return new EmbeddedServer(builder.start());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot start the embedded PostgreSQL server", e);
        }
    }

    public PostgresTarget target() {
        return new PostgresTarget("localhost", postgres.getPort(), "postgres", "");
    }

    @Override
    public void close() {
        try {
            postgres.close();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot stop the embedded PostgreSQL server", e);
        }
    }
}
