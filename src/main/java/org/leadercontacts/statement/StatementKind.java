package org.leadercontacts.statement;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Enum;

@Enum("StatementKind")
@Description("Whether a statement's text is the speaker's words or the document's account of them.")
public enum StatementKind {
    @Description("The speaker's own words, as the document quotes them.")
    QUOTE,
    @Description("The document's account of what the speaker said.")
    PARAPHRASE
}
