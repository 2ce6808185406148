package io.tandem.support.persistence;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.Version;
import io.tandem.support.api.ETags;
import org.hibernate.annotations.TenantId;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

/**
 * Base of every tenant's row: a time-ordered UUID, the tenant (filled and filtered by Hibernate
 * from the caller's token), an optimistic-lock version that is also the ETag, and timestamps.
 */
@MappedSuperclass
public abstract class TenantOwned extends PanacheEntityBase {

    @Id
    public UUID id;

    @TenantId
    @Column(nullable = false, updatable = false)
    public String tenantId;

    @Version
    public long version;

    @Column(nullable = false, updatable = false)
    public Instant createdAt;

    @Column(nullable = false)
    public Instant updatedAt;

    @PrePersist
    void beforeInsert() {
        if (id == null) {
            id = TimeOrderedIds.next();
        }
        createdAt = now();
        updatedAt = createdAt;
    }

    @PreUpdate
    void beforeUpdate() {
        updatedAt = now();
    }

    /** PostgreSQL keeps microseconds; answering with the same precision keeps reads and writes equal. */
    private static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MICROS);
    }

    /** The entity tag of this state, for ETag and If-Match. */
    public String etag() {
        return ETags.of(version);
    }
}
