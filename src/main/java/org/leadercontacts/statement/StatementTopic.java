package org.leadercontacts.statement;

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
 * A read-only view of a row of {@code statement_topic}, which {@link Statement#topicIds} writes:
 * a topic's statements page on its (topic_id, sort_date, statement_id) index.
 */
@Entity
@Immutable
@Table(name = "statement_topic")
@IdClass(StatementTopic.Key.class)
public class StatementTopic {

    @Id
    @Column(name = "statement_id")
    public Long statementId;

    @Id
    @Column(name = "topic_id")
    public Long topicId;

    /** The statement's sortDate. */
    @Column(name = "sort_date")
    public LocalDate sortDate;

    public static class Key implements Serializable {
        public Long statementId;
        public Long topicId;

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && Objects.equals(statementId, key.statementId)
                    && Objects.equals(topicId, key.topicId);
        }

        @Override
        public int hashCode() {
            return Objects.hash(statementId, topicId);
        }
    }
}
