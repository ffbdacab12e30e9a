package org.leadercontacts.conversation;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Enum;

@Enum("FactKind")
@Description("Which fact about a conversation a piece of evidence states.")
public enum FactKind {
    @Description("That the conversation happened, and how (the value is its kind).")
    KIND,
    @Description("When it happened (the value is a PartialDate, or the document's own words when it gives no "
            + "usable date, e.g. `on Wednesday`).")
    DATE,
    @Description("Where it happened.")
    PLACE,
    @Description("Who initiated it (the value is the leader's name).")
    INITIATOR,
    @Description("Who took part (the value is the leader's name).")
    PARTICIPANT,
    @Description("What was discussed (the value is the topic's name).")
    TOPIC,
    @Description("Which news organisation conducted the interview.")
    OUTLET
}
