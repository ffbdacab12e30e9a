package org.leadercontacts.conversation;

import java.util.List;
import java.util.Map;
import java.util.Objects;

import jakarta.inject.Inject;

import org.eclipse.microprofile.graphql.DefaultValue;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.eclipse.microprofile.graphql.Source;
import org.leadercontacts.common.PageRequest;
import org.leadercontacts.common.Pager.Page;
import org.leadercontacts.common.PartialDate;
import org.leadercontacts.leader.Leader;
import org.leadercontacts.leader.LeaderNode;
import org.leadercontacts.leader.Leaders;
import org.leadercontacts.source.Documents;
import org.leadercontacts.source.SourceDocument;
import org.leadercontacts.source.SourceDocumentNode;
import org.leadercontacts.source.SourceSpan;
import org.leadercontacts.topic.Topic;
import org.leadercontacts.topic.TopicNode;
import org.leadercontacts.topic.Topics;

import jakarta.persistence.EntityManager;

@GraphQLApi
public class ConversationApi {

    @Inject
    Conversations conversations;

    @Inject
    Leaders leaders;

    @Inject
    Topics topics;

    @Inject
    EntityManager em;

    @Query("conversations")
    @Description("Conversations, filtered and ordered by date: the timeline.")
    public @NonNull ConversationConnection conversations(
            @Description("Conditions the conversations must meet.") ConversationFilter filter,
            @DefaultValue("DATE_ASC") @Description("Ordering of the list.") ConversationOrder orderBy,
            @Description("Return the first n conversations (at most 100).") Integer first,
            @Description("Return conversations after this cursor.") String after,
            @Description("Return the last n conversations (at most 100).") Integer last,
            @Description("Return conversations before this cursor.") String before) {
        PageRequest page = PageRequest.of(Conversations.sortKey(orderBy).name(), first, after, last, before);
        return new ConversationConnection(conversations.page(filter, orderBy, page));
    }

    @Description("Who initiated it, when a source says.")
    public List<LeaderNode> initiator(@Source List<ConversationNode> nodes) {
        Map<Long, Leader> initiators = leaders.byIds(nodes.stream().map(ConversationNode::initiatorKey)
                .filter(Objects::nonNull).toList());
        return nodes.stream().map(node -> node.initiatorKey() == null ? null
                : new LeaderNode(initiators.get(node.initiatorKey()))).toList();
    }

    @Description("The leaders who took part, and their roles.")
    public List<@NonNull List<@NonNull ParticipantInfo>> participants(@Source List<ConversationNode> nodes) {
        Map<Long, List<Participation>> participations = conversations.participations(keys(nodes));
        Map<Long, Leader> people = leaders.byIds(participations.values().stream().flatMap(List::stream)
                .map(p -> p.leaderId).toList());
        return nodes.stream().map(node -> participations.getOrDefault(node.key(), List.of()).stream()
                .map(p -> new ParticipantInfo(new LeaderNode(people.get(p.leaderId)), p.role)).toList()).toList();
    }

    @Description("What was discussed.")
    public List<@NonNull List<@NonNull TopicNode>> topics(@Source List<ConversationNode> nodes) {
        Map<Long, List<TopicNode>> byConversation = topics.topicsOf("Conversation", keys(nodes));
        return nodes.stream().map(node -> byConversation.getOrDefault(node.key(), List.of())).toList();
    }

    @Description("Every document that reports this conversation, with the date each one gives.")
    public List<@NonNull List<@NonNull ConversationSourceInfo>> sources(@Source List<ConversationNode> nodes) {
        Map<Long, List<ConversationReport>> reports = conversations.reports(keys(nodes));
        Map<Long, SourceDocument> documents = Documents.byId(em, reports.values().stream().flatMap(List::stream)
                .map(r -> r.documentId).toList());
        return nodes.stream().map(node -> reports.getOrDefault(node.key(), List.of()).stream().map(r -> new ConversationSourceInfo(
                new SourceDocumentNode(documents.get(r.documentId)), PartialDate.parse(r.reportedDate), r.dateText,
                r.dateNote, r.dateSpanStart == null ? null : new SourceSpan(r.documentId, r.dateSpanStart, r.dateSpanEnd),
                new SourceSpan(r.documentId, r.spanStart, r.spanEnd))).toList()).toList();
    }

    @Description("Each fact about the conversation (kind, date, place, initiator, participants, topics) as each "
            + "document states it, with the exact span.")
    public List<@NonNull List<@NonNull EvidenceInfo>> evidence(@Source List<ConversationNode> nodes) {
        Map<Long, List<ConversationFact>> facts = conversations.facts(keys(nodes));
        return nodes.stream().map(node -> facts.getOrDefault(node.key(), List.of()).stream().map(f -> new EvidenceInfo(
                f.fact, f.value, new SourceSpan(f.documentId, f.spanStart, f.spanEnd))).toList()).toList();
    }

    @Description("Conversations this leader took part in.")
    public List<@NonNull ConversationConnection> conversations(@Source List<LeaderNode> nodes,
            @Description("Further conditions the conversations must meet.") ConversationFilter filter,
            @DefaultValue("DATE_ASC") @Description("Ordering of the list.") ConversationOrder orderBy,
            @Description("Return the first n conversations (at most 100).") Integer first,
            @Description("Return conversations after this cursor.") String after,
            @Description("Return the last n conversations (at most 100).") Integer last,
            @Description("Return conversations before this cursor.") String before) {
        PageRequest page = PageRequest.of(Conversations.sortKey(orderBy).name(), first, after, last, before);
        List<Long> keys = nodes.stream().map(LeaderNode::key).toList();
        return connections(keys, conversations.pagePerLeader(keys, filter, orderBy, page));
    }

    @Name("conversations")
    @Description("Conversations in which this topic was discussed.")
    public List<@NonNull ConversationConnection> topicConversations(@Source List<TopicNode> nodes,
            @Description("Further conditions the conversations must meet.") ConversationFilter filter,
            @DefaultValue("DATE_ASC") @Description("Ordering of the list.") ConversationOrder orderBy,
            @Description("Return the first n conversations (at most 100).") Integer first,
            @Description("Return conversations after this cursor.") String after,
            @Description("Return the last n conversations (at most 100).") Integer last,
            @Description("Return conversations before this cursor.") String before) {
        PageRequest page = PageRequest.of(Conversations.sortKey(orderBy).name(), first, after, last, before);
        List<Long> keys = nodes.stream().map(TopicNode::key).toList();
        return connections(keys, conversations.pagePerTopic(keys, filter, orderBy, page));
    }

    @Name("conversations")
    @Description("The conversations this document reports, by date.")
    public List<@NonNull List<@NonNull ConversationNode>> documentConversations(@Source List<SourceDocumentNode> nodes) {
        Map<Long, List<Conversation>> reported = conversations.reportedBy(nodes.stream().map(SourceDocumentNode::key).toList());
        return nodes.stream().map(node -> reported.getOrDefault(node.key(), List.of()).stream()
                .map(ConversationNode::new).toList()).toList();
    }

    private static List<ConversationConnection> connections(List<Long> keys, Map<Long, Page<Conversation>> pages) {
        return keys.stream().map(key -> new ConversationConnection(pages.get(key))).toList();
    }

    private static List<Long> keys(List<ConversationNode> nodes) {
        return nodes.stream().map(ConversationNode::key).toList();
    }
}
