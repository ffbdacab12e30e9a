package org.leadercontacts.conversation;

import java.time.LocalDate;
import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;

@Input("ConversationFilter")
@Description("Conditions a conversation must meet; all given conditions apply.")
public class ConversationFilter {

    @Description("ID of a leader who took part.")
    @Id
    public String participant;

    @Description("IDs of exactly two leaders who both took part: conversations between them.")
    @Id
    public List<String> between;

    @Description("ID of a topic discussed.")
    @Id
    public String topic;

    @Description("How it took place.")
    public ConversationKind kind;

    @Description("Only conversations on or after this day (a conversation known only to the month or year counts if "
            + "its period reaches this day).")
    public LocalDate from;

    @Description("Only conversations on or before this day (same rule for partial dates).")
    public LocalDate to;

    @Description("Code (`SY`) or name (`Syria`) of the country of a participant.")
    public String country;
}
