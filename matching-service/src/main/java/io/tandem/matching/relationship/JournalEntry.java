package io.tandem.matching.relationship;

import io.tandem.support.persistence.TenantOwned;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import java.util.UUID;

/** A reflection by one side: its author's alone unless shared with the other side; never shown to staff. */
@Entity
@Table(name = "journal_entry")
public class JournalEntry extends TenantOwned {

    @Column(nullable = false, updatable = false)
    public UUID relationshipId;

    @Column(nullable = false, updatable = false)
    public String authorPersonId;

    @Column(nullable = false)
    public String text;

    @Column(nullable = false)
    public boolean shared;
}
