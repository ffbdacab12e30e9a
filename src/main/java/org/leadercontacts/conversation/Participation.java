package org.leadercontacts.conversation;

import io.quarkus.hibernate.orm.panache.PanacheEntity;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.validation.constraints.NotNull;

@Entity
public class Participation extends PanacheEntity {

    public Long conversationId;

    public Long leaderId;

    @NotNull
    @Enumerated(EnumType.STRING)
    public ParticipantRole role;
}
