package io.tandem.matching.settings;

import io.tandem.support.persistence.TenantOwned;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** A tenant's disclosure rules for this service's reports; absent until the tenant first changes the default. */
@Entity
@Table(name = "disclosure_settings")
public class DisclosureSettings extends TenantOwned {

    @Column(nullable = false)
    public int minGroupSize;

    /** Days after a programme's end until RetentionJob erases its relationships and responses; null keeps them. */
    public Integer retentionDays;

    /** The defaults have a tag of their own, so a client that read them cannot overwrite a first save unseen. */
    @Override
    public String etag() {
        return id == null ? "\"defaults\"" : super.etag();
    }
}
