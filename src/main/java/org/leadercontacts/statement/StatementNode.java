package org.leadercontacts.statement;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;
import org.leadercontacts.common.GlobalId;
import org.leadercontacts.common.Node;
import org.leadercontacts.source.SourceSpan;

@Type("Statement")
@Description("What a document says someone said, in the document's exact words. The same remark reported by "
        + "several documents is several statements, one per document: see `versions`.")
public final class StatementNode implements Node {

    public static final String TYPE = "Statement";

    private final Statement statement;

    public StatementNode(Statement statement) {
        this.statement = statement;
    }

    @Ignore
    public Statement entity() {
        return statement;
    }

    @NonNull
    @Description("Incremented by every edit; pass it as `expectedVersion` when editing, so that concurrent edits "
            + "are detected instead of lost.")
    public int getVersion() {
        return statement.version;
    }

    @Override
    @Id
    @NonNull
    @Description("Opaque global ID. Stable across restarts and databases.")
    public String getId() {
        return GlobalId.encode(TYPE, statement.slug);
    }

    @NonNull
    @Description("The text, verbatim from the document.")
    public String getText() {
        return statement.text;
    }

    @NonNull
    @Description("Whether `text` is the speaker's own words or the document's account of them.")
    public StatementKind getKind() {
        return statement.kind;
    }

    @Description("How the document attributes it, when not plainly to the speaker (`the Kremlin said`, "
            + "`the Syrian side's statement, according to AFP`).")
    public String getAttribution() {
        return statement.attribution;
    }

    @Description("Key shared by the statements of different documents that report the same remark; null if only "
            + "one document reports it.")
    public String getRemark() {
        return statement.remark;
    }

    @NonNull
    @Description("Where the document says it: the span of `text`, with the document and the surrounding text.")
    public SourceSpan getSource() {
        return new SourceSpan(statement.documentId, statement.spanStart, statement.spanEnd);
    }
}
