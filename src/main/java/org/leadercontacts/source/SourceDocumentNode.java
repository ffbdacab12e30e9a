package org.leadercontacts.source;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;
import org.leadercontacts.common.GlobalId;
import org.leadercontacts.common.Node;
import org.leadercontacts.common.PartialDate;

@Type("SourceDocument")
@Description("A source document, stored verbatim. Every conversation, statement, name and office in this API points "
        + "into one of these.")
public final class SourceDocumentNode implements Node {

    public static final String TYPE = "SourceDocument";

    private final SourceDocument document;

    public SourceDocumentNode(SourceDocument document) {
        this.document = document;
    }

    @Ignore
    public long key() {
        return document.id;
    }

    @NonNull
    @Description("Incremented by every edit; pass it as `expectedVersion` when editing, so that concurrent edits "
            + "are detected instead of lost.")
    public int getVersion() {
        return document.version;
    }

    @Override
    @Id
    @NonNull
    @Description("Opaque global ID. Stable across restarts and databases.")
    public String getId() {
        return GlobalId.encode(TYPE, document.slug);
    }

    @NonNull
    @Description("File name in the source folder, e.g. `002_d526b8d3ba075d1c.txt`.")
    public String getFileName() {
        return document.fileName;
    }

    @NonNull
    @Description("SHA-256 of the file's bytes, hex-encoded.")
    public String getSha256() {
        return document.sha256;
    }

    @Description("The document's own headline, verbatim; null when it has none.")
    public String getTitle() {
        return document.title;
    }

    @NonNull
    @Description("Who published this copy of the document.")
    public String getPublisher() {
        return document.publisher;
    }

    @Description("Address the document gives for itself; null when it gives none.")
    public String getUrl() {
        return document.url;
    }

    @Description("Publication date, as precisely as the document states it; null when it does not say.")
    public PartialDate getPublishedOn() {
        return PartialDate.parse(document.publishedOn);
    }

    @Description("The document's own words about when it was published (e.g. `date 2025-02-13`, `4 hours ago`).")
    public String getPublishedText() {
        return document.publishedText;
    }

    @NonNull
    @Description("Language of the text (BCP 47 tag).")
    public String getLanguage() {
        return document.language;
    }

    @Description("What a reviewer must know about this document: disagreements with other sources, how relative dates "
            + "were resolved, what was deliberately not modelled.")
    public String getNote() {
        return document.note;
    }

    @NonNull
    @Description("The full text, byte for byte as received.")
    public String getText() {
        return document.content;
    }

    @NonNull
    @Description("Length of `text` in UTF-16 code units.")
    public int getLength() {
        return document.content.length();
    }
}
