package io.tandem.matching.participant;

import io.tandem.support.persistence.TenantOwned;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** One of a tenant's tag synonyms: tags equal to alias (after normalisation) are stored as canonical. */
@Entity
@Table(name = "tag_synonym")
public class TagSynonym extends TenantOwned {

    @Column(nullable = false)
    public String alias;

    @Column(nullable = false)
    public String canonical;
}
