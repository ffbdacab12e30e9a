package org.leadercontacts.conversation;

import java.time.LocalDate;

import io.quarkus.hibernate.orm.panache.PanacheEntity;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.validation.constraints.NotNull;

@Entity
public class Participation extends PanacheEntity {

    public Long conversationId;

    public Long leaderId;

    /** The conversation's dateStart, copied here so a leader's conversations page by date on one index. */
    @NotNull
    public LocalDate sortDate;

    @NotNull
    @Enumerated(EnumType.STRING)
    public ParticipantRole role;

    /** A leader's part in a conversation, paged by the conversation's date (not yet persisted). */
    public static Participation of(Conversation conversation, Long leaderId, ParticipantRole role) {
        Participation participation = new Participation();
        participation.conversationId = conversation.id;
        participation.leaderId = leaderId;
        participation.role = role;
        participation.sortDate = conversation.dateStart;
        return participation;
    }
}
