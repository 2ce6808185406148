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

    /** The defaults have a tag of their own, so a client that read them cannot overwrite a first save unseen. */
    @Override
    public String etag() {
        return id == null ? "\"defaults\"" : super.etag();
    }
}
