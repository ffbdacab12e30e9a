package org.leadercontacts.conversation;

import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.Set;

import io.quarkus.hibernate.orm.panache.PanacheEntity;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.Version;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;

import org.hibernate.annotations.SQLInsert;
import org.leadercontacts.common.PartialDate;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

import org.leadercontacts.common.DatePrecision;

/**
 * One event (call, meeting, interview), however many documents report it. Its date, place and
 * initiator are the canonical values chosen from the reports; every report's own version is kept
 * in {@link ConversationReport} and {@link ConversationFact}.
 */
@Entity
public class Conversation extends PanacheEntity {

    /** Optimistic lock: checked and incremented by every edit. */
    @Version
    public int version;

    @NotBlank
    public String slug;

    @NotNull
    @Enumerated(EnumType.STRING)
    public ConversationKind kind;

    @NotBlank
    public String title;

    /** PartialDate string. */
    @NotBlank
    public String dateValue;

    @NotNull
    @Enumerated(EnumType.STRING)
    public DatePrecision datePrecision;

    @NotNull
    public LocalDate dateStart;

    @NotNull
    public LocalDate dateEnd;

    /** True when the documents reporting it give different dates. */
    public boolean dateDisputed;

    public String place;

    public Long initiatorId;

    public String outlet;

    @ElementCollection
    @CollectionTable(name = "conversation_topic", joinColumns = @JoinColumn(name = "conversation_id"))
    @Column(name = "topic_id")
    // Copies the conversation's date into the row, so a topic's conversations page by date on one index.
    @SQLInsert(sql = "insert into conversation_topic (conversation_id, topic_id, sort_date) "
            + "select c.id, t.id, c.date_start from conversation c, topic t where c.id = ? and t.id = ?")
    public Set<Long> topicIds = new LinkedHashSet<>();

    public static Conversation findBySlug(String slug) {
        return find("slug", slug).firstResult();
    }

    /** Sets the date and the columns derived from it (precision, first and last day). */
    public void setDate(PartialDate date) {
        dateValue = date.toString();
        datePrecision = date.precision();
        dateStart = date.start();
        dateEnd = date.end();
    }
}
