package org.leadercontacts.conversation;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Enum;

@Enum("ParticipantRole")
@Description("The part a leader played in a conversation.")
public enum ParticipantRole {
    @Description("Took part, with no more specific role stated.")
    PARTICIPANT,
    @Description("Hosted the meeting.")
    HOST,
    @Description("Was received as a visitor.")
    GUEST,
    @Description("Led a visiting delegation.")
    DELEGATION_HEAD,
    @Description("Gave the interview.")
    INTERVIEWEE;

    /** Merging two reports of one leader's part: a specific role wins over plain participation. */
    public static ParticipantRole moreSpecific(ParticipantRole a, ParticipantRole b) {
        return a == PARTICIPANT ? b : a;
    }
}
