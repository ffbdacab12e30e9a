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
}
