package org.leadercontacts.leader;

import io.quarkus.hibernate.orm.panache.PanacheEntity;
import jakarta.persistence.Entity;
import jakarta.validation.constraints.NotBlank;

/** A spelling of a leader's name as one document writes it, with where it does. */
@Entity
public class LeaderAlias extends PanacheEntity {

    public Long leaderId;

    @NotBlank
    public String text;

    public String note;

    public Long documentId;

    public int spanStart;

    public int spanEnd;

    /** A spelling of a leader's name, as a document gives it at this span (not yet persisted). */
    public static LeaderAlias of(Long leaderId, String text, String note, Long documentId, int spanStart, int spanEnd) {
        LeaderAlias alias = new LeaderAlias();
        alias.leaderId = leaderId;
        alias.text = text;
        alias.note = note;
        alias.documentId = documentId;
        alias.spanStart = spanStart;
        alias.spanEnd = spanEnd;
        return alias;
    }
}
