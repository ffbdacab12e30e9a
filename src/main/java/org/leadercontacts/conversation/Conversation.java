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
    public Set<Long> topicIds = new LinkedHashSet<>();

    public static Conversation findBySlug(String slug) {
        return find("slug", slug).firstResult();
    }
}
