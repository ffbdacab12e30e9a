package org.leadercontacts.editing;

import java.util.function.Supplier;

import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.validation.Valid;

import io.quarkus.narayana.jta.QuarkusTransaction;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.jboss.logging.Logger;
import org.leadercontacts.conversation.Conversation;
import org.leadercontacts.conversation.ConversationNode;
import org.leadercontacts.conversation.Conversations;
import org.leadercontacts.leader.Leader;
import org.leadercontacts.leader.Leaders;
import org.leadercontacts.leader.LeaderNode;
import org.leadercontacts.seed.StoreChanged;
import org.leadercontacts.seed.StoreVersion;
import org.leadercontacts.source.SourceDocument;
import org.leadercontacts.source.SourceDocumentNode;
import org.leadercontacts.statement.Statement;
import org.leadercontacts.statement.StatementNode;
import org.leadercontacts.topic.TopicNode;

/** Editors' mutations: each needs the `editor` role, is validated, and applies whole or not at all. */
@GraphQLApi
@ValidatedInput
public class EditApi {

    private static final Logger LOG = Logger.getLogger(EditApi.class);

    @Inject
    StoreVersion storeVersion;

    @Inject
    EditorAccess access;

    @Inject
    Edits edits;

    @Inject
    Event<StoreChanged> changed;

    @Inject
    Leaders leaders;

    @Inject
    Conversations conversations;

    @Mutation("addDocument")
    @Description("Stores a new source document verbatim. Fails with CONFLICT if the same text is already stored.")
    public @NonNull SourceDocumentNode addDocument(@NonNull @Valid @Name("input") @Description("What to change.") Inputs.AddDocument input) {
        return edit("addDocument", () -> {
            SourceDocument document = edits.addDocument(input);
            return new Edited<>(new SourceDocumentNode(document), StoreChanged.documents(document.id));
        });
    }

    @Mutation("createStatement")
    @Description("Adds a statement quoted verbatim from a stored document; the text must occur in it exactly.")
    public @NonNull StatementNode createStatement(@NonNull @Valid @Name("input") @Description("What to change.") Inputs.CreateStatement input) {
        return edit("createStatement", () -> statement(edits.createStatement(input)));
    }

    @Mutation("updateStatement")
    @Description("Changes a statement. A new text is verified against the statement's document.")
    public @NonNull StatementNode updateStatement(@NonNull @Valid @Name("input") @Description("What to change.") Inputs.UpdateStatement input) {
        return edit("updateStatement", () -> statement(edits.updateStatement(input)));
    }

    @Mutation("deleteStatement")
    @Description("Deletes a statement; returns its ID.")
    public @NonNull @Id String deleteStatement(@NonNull @Id @Description("The statement.") String id,
            @NonNull @Description("The version the deletion is based on.") Integer expectedVersion) {
        return edit("deleteStatement",
                () -> new Edited<>(id, StoreChanged.statements(edits.deleteStatement(id, expectedVersion))));
    }

    @Mutation("createTopic")
    @Description("Adds a topic.")
    public @NonNull TopicNode createTopic(@NonNull @Valid @Name("input") @Description("What to change.") Inputs.CreateTopic input) {
        return edit("createTopic", () -> unsearchable(new TopicNode(edits.createTopic(input))));
    }

    @Mutation("updateTopic")
    @Description("Changes a topic's name or description.")
    public @NonNull TopicNode updateTopic(@NonNull @Valid @Name("input") @Description("What to change.") Inputs.UpdateTopic input) {
        return edit("updateTopic", () -> unsearchable(new TopicNode(edits.updateTopic(input))));
    }

    @Mutation("deleteTopic")
    @Description("Deletes a topic and untags everything tagged with it; returns its ID.")
    public @NonNull @Id String deleteTopic(@NonNull @Id @Description("The topic.") String id,
            @NonNull @Description("The version the deletion is based on.") Integer expectedVersion) {
        return edit("deleteTopic", () -> {
            edits.deleteTopic(id, expectedVersion);
            return unsearchable(id);
        });
    }

    @Mutation("createLeader")
    @Description("Adds a leader, with the spellings documents use, each verified verbatim.")
    public @NonNull LeaderNode createLeader(@NonNull @Valid @Name("input") @Description("What to change.") Inputs.CreateLeader input) {
        return edit("createLeader", () -> {
            Leader leader = edits.createLeader(input);
            return new Edited<>(new LeaderNode(leader), StoreChanged.leaders(false, leader.id));
        });
    }

    @Mutation("updateLeader")
    @Description("Changes a leader's name or country, or adds spellings and offices, each verified verbatim.")
    public @NonNull LeaderNode updateLeader(
            @NonNull @Valid @Name("input") @Description("What to change.") Inputs.UpdateLeader input) {
        return edit("updateLeader", () -> {
            Leader leader = edits.updateLeader(input);
            // Statements are indexed with their speaker's name, so a rename reindexes them too.
            return new Edited<>(new LeaderNode(leader), StoreChanged.leaders(input.name != null, leader.id));
        });
    }

    @Mutation("deleteLeader")
    @Description("Deletes a leader nothing refers to; one who took part or spoke must be merged instead (CONFLICT).")
    public @NonNull @Id String deleteLeader(@NonNull @Id @Description("The leader.") String id,
            @NonNull @Description("The version the deletion is based on.") Integer expectedVersion) {
        return edit("deleteLeader",
                () -> new Edited<>(id, StoreChanged.leaders(false, edits.deleteLeader(id, expectedVersion))));
    }

    @Mutation("mergeLeaders")
    @Description("Merges two leaders found to be the same person: participations, statements, spellings and offices "
            + "of `remove` move to `keep`, and `remove` is deleted.")
    public @NonNull LeaderNode mergeLeaders(@NonNull @Id @Description("The leader that remains.") String keep,
            @NonNull @Description("Its version.") Integer keepVersion,
            @NonNull @Id @Description("The leader merged into it and deleted.") String remove,
            @NonNull @Description("Its version.") Integer removeVersion) {
        return edit("mergeLeaders", () -> {
            long removed = leaders.require(remove).id;
            Leader kept = edits.mergeLeaders(keep, keepVersion, remove, removeVersion);
            return new Edited<>(new LeaderNode(kept), StoreChanged.leaders(true, kept.id, removed));
        });
    }

    @Mutation("createConversation")
    @Description("Adds a conversation, with the passages of the documents that report it, each verified verbatim.")
    public @NonNull ConversationNode createConversation(
            @NonNull @Valid @Name("input") @Description("What to change.") Inputs.CreateConversation input) {
        return edit("createConversation", () -> unsearchable(new ConversationNode(edits.createConversation(input))));
    }

    @Mutation("updateConversation")
    @Description("Changes a conversation's kind, title, date, place, participants or topics.")
    public @NonNull ConversationNode updateConversation(
            @NonNull @Valid @Name("input") @Description("What to change.") Inputs.UpdateConversation input) {
        return edit("updateConversation", () -> unsearchable(new ConversationNode(edits.updateConversation(input))));
    }

    @Mutation("deleteConversation")
    @Description("Deletes a conversation with its reports, participants and statements; returns its ID.")
    public @NonNull @Id String deleteConversation(@NonNull @Id @Description("The conversation.") String id,
            @NonNull @Description("The version the deletion is based on.") Integer expectedVersion) {
        return edit("deleteConversation", () -> new Edited<>(id,
                StoreChanged.statementsOfConversations(edits.deleteConversation(id, expectedVersion))));
    }

    @Mutation("mergeConversations")
    @Description("Merges two conversations found to be the same event: the sources, participants, topics and statements "
            + "of `remove` move to `keep`, and `remove` is deleted.")
    public @NonNull ConversationNode mergeConversations(@NonNull @Id @Description("The conversation that remains.") String keep,
            @NonNull @Description("Its version.") Integer keepVersion,
            @NonNull @Id @Description("The conversation merged into it and deleted.") String remove,
            @NonNull @Description("Its version.") Integer removeVersion) {
        return edit("mergeConversations", () -> {
            long removed = conversations.require(remove).id;
            Conversation kept = edits.mergeConversations(keep, keepVersion, remove, removeVersion);
            return new Edited<>(new ConversationNode(kept), StoreChanged.statementsOfConversations(kept.id, removed));
        });
    }

    /** Checks the editor, applies the edit (its own transaction), then updates derived state with what changed. */
    private <T> T edit(String mutation, Supplier<Edited<T>> change) {
        String editor = access.requireEditor();
        // One transaction for the edit and the store's revision, so caches never see one without the other.
        Edited<T> edited = QuarkusTransaction.requiringNew().call(() -> {
            Edited<T> done = change.get();
            return new Edited<>(done.result(), done.change().at(storeVersion.bump()));
        });
        LOG.infof("%s by %s", mutation, editor);
        changed.fire(edited.change());
        return edited.result();
    }

    /** What a mutation returns, and what it changed in the store. */
    private record Edited<T>(T result, StoreChanged change) {
    }

    private static Edited<StatementNode> statement(Statement statement) {
        return new Edited<>(new StatementNode(statement), StoreChanged.statements(statement.id));
    }

    /** An edit of something the search index does not hold (topics, conversations' own fields). */
    private static <T> Edited<T> unsearchable(T result) {
        return new Edited<>(result, StoreChanged.nothingSearchable());
    }
}
