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

    /** An office a document says a leader held, with the span that says so (not yet persisted). */
    public static Office of(Long leaderId, String title, String countryCode, String validFrom, String validTo,
            Long documentId, int spanStart, int spanEnd) {
        Office office = new Office();
        office.leaderId = leaderId;
        office.title = title;
        office.countryCode = countryCode;
        office.validFrom = validFrom;
        office.validTo = validTo;
        office.documentId = documentId;
        office.spanStart = spanStart;
        office.spanEnd = spanEnd;
        return office;
    }
}
