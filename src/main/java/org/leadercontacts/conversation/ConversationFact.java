package org.leadercontacts.conversation;

import io.quarkus.hibernate.orm.panache.PanacheEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

/** A fact about a conversation as one document states it, with the span that states it. */
@Entity
public class ConversationFact extends PanacheEntity {

    public Long conversationId;

    @NotNull
    @Enumerated(EnumType.STRING)
    public FactKind fact;

    @NotBlank
    @Column(name = "fact_value")
    public String value;

    public Long documentId;

    public int spanStart;

    public int spanEnd;
}
