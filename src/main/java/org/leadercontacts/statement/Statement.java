package org.leadercontacts.statement;

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

import org.hibernate.annotations.SQLInsert;
import org.leadercontacts.conversation.Conversation;

/** What a document says someone said, in the document's exact words, with where it says it. */
@Entity
public class Statement extends PanacheEntity {

    /** Optimistic lock: checked and incremented by every edit. */
    @Version
    public int version;

    @NotBlank
    public String slug;

    public Long conversationId;

    /** Null when the document attributes the words to an institution or to both sides. */
    public Long speakerId;

    public String attribution;

    @NotNull
    @Enumerated(EnumType.STRING)
    public StatementKind kind;

    @NotBlank
    @Column(columnDefinition = "text")
    public String text;

    public Long documentId;

    public int spanStart;

    public int spanEnd;

    /** Statements in different documents reporting the same remark share this key. */
    public String remark;

    /** The conversation's date, copied here so statements page by date on one index. */
    @NotNull
    public LocalDate sortDate;

    @ElementCollection
    @CollectionTable(name = "statement_topic", joinColumns = @JoinColumn(name = "statement_id"))
    @Column(name = "topic_id")
    // Copies the statement's date into the row, so a topic's statements page by date on one index.
    @SQLInsert(sql = "insert into statement_topic (statement_id, topic_id, sort_date) "
            + "select s.id, t.id, s.sort_date from statement s, topic t where s.id = ? and t.id = ?")
    public Set<Long> topicIds = new LinkedHashSet<>();

    public static Statement findBySlug(String slug) {
        return find("slug", slug).firstResult();
    }

    /** A statement quoted from a document at this span, in a conversation, paged by its date (not yet persisted). */
    public static Statement quoted(String slug, Conversation conversation, Long documentId, String text, int spanStart,
            int spanEnd) {
        Statement statement = new Statement();
        statement.slug = slug;
        statement.conversationId = conversation.id;
        statement.documentId = documentId;
        statement.text = text;
        statement.spanStart = spanStart;
        statement.spanEnd = spanEnd;
        statement.sortDate = conversation.dateStart;
        return statement;
    }
}
