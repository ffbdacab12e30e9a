package org.leadercontacts.source;

import io.quarkus.hibernate.orm.panache.PanacheEntity;
import jakarta.persistence.Entity;
import jakarta.validation.constraints.NotBlank;

/** An outlet or body that a document cites as its own source ("RT reported", "according to AFP"). */
@Entity
public class DocumentCitation extends PanacheEntity {

    public Long documentId;

    @NotBlank
    public String name;

    public int spanStart;

    public int spanEnd;
}
