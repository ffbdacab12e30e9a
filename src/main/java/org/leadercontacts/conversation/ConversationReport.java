package org.leadercontacts.conversation;

import io.quarkus.hibernate.orm.panache.PanacheEntity;
import jakarta.persistence.Entity;

/** One document's report of a conversation: the passage, and the date as that document gives it. */
@Entity
public class ConversationReport extends PanacheEntity {

    public Long conversationId;

    public Long documentId;

    public int spanStart;

    public int spanEnd;

    /** PartialDate string, null when the document gives no usable date. */
    public String reportedDate;

    public String dateText;

    public Integer dateSpanStart;

    public Integer dateSpanEnd;

    public String dateNote;

    /** A document's report of a conversation: the passage that reports it (not yet persisted). */
    public static ConversationReport of(Long conversationId, Long documentId, int spanStart, int spanEnd) {
        ConversationReport report = new ConversationReport();
        report.conversationId = conversationId;
        report.documentId = documentId;
        report.spanStart = spanStart;
        report.spanEnd = spanEnd;
        return report;
    }
}
