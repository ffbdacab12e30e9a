package org.leadercontacts.conversation;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;
import org.leadercontacts.common.PartialDate;
import org.leadercontacts.source.SourceDocumentNode;
import org.leadercontacts.source.SourceSpan;

@Type("ConversationSource")
@Description("One document's report of a conversation, with the date as that document gives it.")
public record ConversationSourceInfo(
        @NonNull @Description("The reporting document (publisher, URL, publication date).") SourceDocumentNode document,
        @Description("The date this document gives for the conversation; null when it gives no usable date.") PartialDate reportedDate,
        @Description("The document's own words for the date (`February 12`, `Yesterday`, `on Wednesday`).") String reportedDateText,
        @Description("How the document's words were turned into `reportedDate`, when that took inference.") String dateNote,
        @Description("Where the document states the date.") SourceSpan dateSource,
        @NonNull @Description("The passage that reports the conversation.") SourceSpan excerpt) {
}
