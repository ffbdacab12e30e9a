package org.leadercontacts.source;

import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.eclipse.microprofile.graphql.DefaultValue;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.eclipse.microprofile.graphql.Source;
import org.leadercontacts.common.Filter;
import org.leadercontacts.common.InvalidInputException;
import org.leadercontacts.common.PageRequest;
import org.leadercontacts.common.Pager;
import org.leadercontacts.common.SortKey;

@GraphQLApi
public class SourceApi {

    static final SortKey<SourceDocument> BY_FILE_NAME = new SortKey<>("document:fileName", "d.fileName", "d.id", false,
            value -> value, d -> d.fileName, d -> d.id);

    private static final int MAX_CONTEXT = 2000;

    @Inject
    EntityManager em;

    @Inject
    Pager pager;

    @Inject
    DocumentTexts texts;

    @Query("documents")
    @Description("The source documents, in file-name order (the order they were added).")
    public @NonNull SourceDocumentConnection documents(
            @Description("Return the first n documents (at most 100).") Integer first,
            @Description("Return documents after this cursor.") String after,
            @Description("Return the last n documents (at most 100).") Integer last,
            @Description("Return documents before this cursor.") String before) {
        PageRequest page = PageRequest.of(BY_FILE_NAME.name(), first, after, last, before);
        return new SourceDocumentConnection(
                pager.page(SourceDocument.class, "SourceDocument d", new Filter(), page, BY_FILE_NAME));
    }

    @Description("The document this span is in.")
    public List<@NonNull SourceDocumentNode> document(@Source List<SourceSpan> spans) {
        Map<Long, SourceDocument> documents = Documents.byId(em, spans.stream().map(SourceSpan::documentKey).toList());
        return spans.stream().map(span -> new SourceDocumentNode(documents.get(span.documentKey()))).toList();
    }

    @Description("The spanned text, verbatim.")
    public List<@NonNull String> text(@Source List<SourceSpan> spans) {
        Map<Long, String> contents = texts.get(spans.stream().map(SourceSpan::documentKey).toList());
        return spans.stream().map(span -> contents.get(span.documentKey()).substring(span.getStart(), span.getEnd()))
                .toList();
    }

    @Description("The text just before the span, for context.")
    public List<@NonNull String> before(@Source List<SourceSpan> spans,
            @Name("chars") @DefaultValue("160") @Description("How many characters (at most 2000).") Integer chars) {
        int length = contextLength(chars);
        Map<Long, String> contents = texts.get(spans.stream().map(SourceSpan::documentKey).toList());
        return spans.stream().map(span -> contents.get(span.documentKey())
                .substring(Math.max(0, span.getStart() - length), span.getStart())).toList();
    }

    @Description("The text just after the span, for context.")
    public List<@NonNull String> after(@Source List<SourceSpan> spans,
            @Name("chars") @DefaultValue("160") @Description("How many characters (at most 2000).") Integer chars) {
        int length = contextLength(chars);
        Map<Long, String> contents = texts.get(spans.stream().map(SourceSpan::documentKey).toList());
        return spans.stream().map(span -> {
            String content = contents.get(span.documentKey());
            return content.substring(span.getEnd(), Math.min(content.length(), span.getEnd() + length));
        }).toList();
    }

    @Description("The outlets and bodies this document names as its sources.")
    public List<@NonNull List<@NonNull Citation>> citations(@Source List<SourceDocumentNode> documents) {
        List<Long> ids = documents.stream().map(SourceDocumentNode::key).toList();
        Map<Long, List<DocumentCitation>> byDocument = Documents.citations(em, ids);
        return documents.stream().map(document -> byDocument.getOrDefault(document.key(), List.of()).stream()
                .map(c -> new Citation(c.name, new SourceSpan(c.documentId, c.spanStart, c.spanEnd))).toList())
                .toList();
    }

    private static int contextLength(Integer chars) {
        if (chars == null) {
            throw new InvalidInputException("`chars` must be a number between 0 and " + MAX_CONTEXT + ", not null.");
        }
        if (chars < 0 || chars > MAX_CONTEXT) {
            throw new InvalidInputException("`chars` must be between 0 and " + MAX_CONTEXT + "; got " + chars + ".");
        }
        return chars;
    }
}
