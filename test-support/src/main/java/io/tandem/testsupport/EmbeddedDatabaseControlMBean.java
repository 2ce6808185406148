package io.tandem.testsupport;

/** Stops and starts this test JVM's embedded PostgreSQL (registered with the platform MBean server). */
public interface EmbeddedDatabaseControlMBean {

    void stop();

    void start();
}
