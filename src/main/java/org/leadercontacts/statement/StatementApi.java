package org.leadercontacts.statement;

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
import org.leadercontacts.conversation.Conversation;
import org.leadercontacts.conversation.ConversationNode;
import org.leadercontacts.conversation.Conversations;
import org.leadercontacts.leader.Leader;
import org.leadercontacts.leader.LeaderNode;
import org.leadercontacts.leader.Leaders;
import org.leadercontacts.source.SourceDocumentNode;
import org.leadercontacts.topic.Topic;
import org.leadercontacts.topic.TopicNode;
import org.leadercontacts.topic.Topics;

@GraphQLApi
public class StatementApi {

    @Inject
    Statements statements;

    @Inject
    Leaders leaders;

    @Inject
    Topics topics;

    @Inject
    Conversations conversations;

    @Query("statements")
    @Description("Statements, filtered by speaker, topic, conversation, document, kind or words, ordered by date.")
    public @NonNull StatementConnection statements(
            @Description("Conditions the statements must meet.") StatementFilter filter,
            @DefaultValue("DATE_ASC") @Description("Ordering of the list.") StatementOrder orderBy,
            @Description("Return the first n statements (at most 100).") Integer first,
            @Description("Return statements after this cursor.") String after,
            @Description("Return the last n statements (at most 100).") Integer last,
            @Description("Return statements before this cursor.") String before) {
        PageRequest page = PageRequest.of(Statements.sortKey(orderBy).name(), first, after, last, before);
        return new StatementConnection(statements.page(filter, orderBy, page));
    }

    @Description("Who said it; null when the document attributes it to an institution or to both sides (see "
            + "`attribution`).")
    public List<LeaderNode> speaker(@Source List<StatementNode> nodes) {
        Map<Long, Leader> speakers = leaders.byIds(nodes.stream().map(n -> n.entity().speakerId)
                .filter(Objects::nonNull).toList());
        return nodes.stream().map(n -> n.entity().speakerId == null ? null
                : new LeaderNode(speakers.get(n.entity().speakerId))).toList();
    }

    @Description("The conversation it was made in.")
    public List<@NonNull ConversationNode> conversation(@Source List<StatementNode> nodes) {
        Map<Long, Conversation> byId = conversations.byIds(nodes.stream().map(n -> n.entity().conversationId).toList());
        return nodes.stream().map(n -> new ConversationNode(byId.get(n.entity().conversationId))).toList();
    }

    @Description("The topics it addresses.")
    public List<@NonNull List<@NonNull TopicNode>> topics(@Source List<StatementNode> nodes) {
        Map<Long, List<TopicNode>> byStatement = topics.topicsOf("Statement",
                nodes.stream().map(n -> n.entity().id).toList());
        return nodes.stream().map(n -> byStatement.getOrDefault(n.entity().id, List.of())).toList();
    }

    @Description("The same remark as other documents report it, each in that document's own words.")
    public List<@NonNull List<@NonNull StatementNode>> versions(@Source List<StatementNode> nodes) {
        Map<String, List<Statement>> byRemark = statements.byRemark(nodes.stream().map(n -> n.entity().remark)
                .filter(Objects::nonNull).toList());
        return nodes.stream().map(n -> n.entity().remark == null ? List.<StatementNode> of()
                : byRemark.getOrDefault(n.entity().remark, List.of()).stream()
                        .filter(s -> !s.id.equals(n.entity().id)).map(StatementNode::new).toList()).toList();
    }

    @Description("What this leader said, as the documents report it.")
    public List<@NonNull StatementConnection> statements(@Source List<LeaderNode> nodes,
            @Description("Further conditions the statements must meet.") StatementFilter filter,
            @DefaultValue("DATE_ASC") @Description("Ordering of the list.") StatementOrder orderBy,
            @Description("Return the first n statements (at most 100).") Integer first,
            @Description("Return statements after this cursor.") String after,
            @Description("Return the last n statements (at most 100).") Integer last,
            @Description("Return statements before this cursor.") String before) {
        return perParent(Statements.Parent.SPEAKER, nodes.stream().map(LeaderNode::key).toList(), filter, orderBy, first, after,
                last, before);
    }

    @Name("statements")
    @Description("Statements made in this conversation, in document order.")
    public List<@NonNull StatementConnection> conversationStatements(@Source List<ConversationNode> nodes,
            @Description("Further conditions the statements must meet.") StatementFilter filter,
            @DefaultValue("DATE_ASC") @Description("Ordering of the list.") StatementOrder orderBy,
            @Description("Return the first n statements (at most 100).") Integer first,
            @Description("Return statements after this cursor.") String after,
            @Description("Return the last n statements (at most 100).") Integer last,
            @Description("Return statements before this cursor.") String before) {
        return perParent(Statements.Parent.CONVERSATION, nodes.stream().map(ConversationNode::key).toList(), filter, orderBy, first,
                after, last, before);
    }

    @Name("statements")
    @Description("Statements that address this topic.")
    public List<@NonNull StatementConnection> topicStatements(@Source List<TopicNode> nodes,
            @Description("Further conditions the statements must meet.") StatementFilter filter,
            @DefaultValue("DATE_ASC") @Description("Ordering of the list.") StatementOrder orderBy,
            @Description("Return the first n statements (at most 100).") Integer first,
            @Description("Return statements after this cursor.") String after,
            @Description("Return the last n statements (at most 100).") Integer last,
            @Description("Return statements before this cursor.") String before) {
        return perParent(Statements.Parent.TOPIC, nodes.stream().map(TopicNode::key).toList(), filter, orderBy, first, after, last,
                before);
    }

    @Name("statements")
    @Description("Statements this document reports, in document order.")
    public List<@NonNull StatementConnection> documentStatements(@Source List<SourceDocumentNode> nodes,
            @Description("Further conditions the statements must meet.") StatementFilter filter,
            @DefaultValue("DATE_ASC") @Description("Ordering of the list.") StatementOrder orderBy,
            @Description("Return the first n statements (at most 100).") Integer first,
            @Description("Return statements after this cursor.") String after,
            @Description("Return the last n statements (at most 100).") Integer last,
            @Description("Return statements before this cursor.") String before) {
        return perParent(Statements.Parent.DOCUMENT, nodes.stream().map(SourceDocumentNode::key).toList(), filter, orderBy, first,
                after, last, before);
    }

    private List<StatementConnection> perParent(Statements.Parent parent, List<Long> keys, StatementFilter filter,
            StatementOrder orderBy, Integer first, String after, Integer last, String before) {
        PageRequest page = PageRequest.of(Statements.sortKey(orderBy).name(), first, after, last, before);
        Map<Long, Page<Statement>> pages = statements.pagePerParent(parent, keys, filter, orderBy, page);
        return keys.stream().map(key -> new StatementConnection(pages.get(key))).toList();
    }
}
