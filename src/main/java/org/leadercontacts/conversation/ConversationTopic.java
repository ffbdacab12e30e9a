package org.leadercontacts.conversation;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import org.hibernate.annotations.Immutable;

/**
 * A read-only view of a row of {@code conversation_topic}, which {@link Conversation#topicIds} writes:
 * a topic's conversations page on its (topic_id, sort_date, conversation_id) index.
 */
@Entity
@Immutable
@Table(name = "conversation_topic")
@IdClass(ConversationTopic.Key.class)
public class ConversationTopic {

    @Id
    @Column(name = "conversation_id")
    public Long conversationId;

    @Id
    @Column(name = "topic_id")
    public Long topicId;

    /** The conversation's dateStart. */
    @Column(name = "sort_date")
    public LocalDate sortDate;

    public static class Key implements Serializable {
        public Long conversationId;
        public Long topicId;

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && Objects.equals(conversationId, key.conversationId)
                    && Objects.equals(topicId, key.topicId);
        }

        @Override
        public int hashCode() {
            return Objects.hash(conversationId, topicId);
        }
    }
}
