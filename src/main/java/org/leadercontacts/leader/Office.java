package org.leadercontacts.leader;

import io.quarkus.hibernate.orm.panache.PanacheEntity;
import jakarta.persistence.Entity;
import jakarta.validation.constraints.NotBlank;

/** An office a document says a leader holds or held. */
@Entity
public class Office extends PanacheEntity {

    public Long leaderId;

    @NotBlank
    public String title;

    @NotBlank
    public String countryCode;

    /** PartialDate strings, null when the document does not say. */
    public String validFrom;

    public String validTo;

    public Long documentId;

    public int spanStart;

    public int spanEnd;
}
