package org.leadercontacts.statement;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;

@Input("StatementFilter")
@Description("Conditions a statement must meet; all given conditions apply.")
public class StatementFilter {

    @Description("ID of the leader who said it.")
    @Id
    public String speaker;

    @Description("ID of a topic it addresses.")
    @Id
    public String topic;

    @Description("ID of the conversation it was made in.")
    @Id
    public String conversation;

    @Description("ID of the document that reports it.")
    @Id
    public String document;

    @Description("Whether it is quoted or paraphrased.")
    public StatementKind kind;

    @Description("Full-text match on the statement's words (English stemming, case-insensitive; `\"exact phrase\"`, "
            + "`-exclude`, `a | b` supported).")
    public String matching;
}
