package org.leadercontacts.editing;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
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
import org.leadercontacts.changes.Change;
import org.leadercontacts.changes.ChangeKind;
import org.leadercontacts.changes.ChangeLog;
import org.leadercontacts.conversation.Conversation;
import org.leadercontacts.conversation.ConversationNode;
import org.leadercontacts.conversation.Conversations;
import org.leadercontacts.leader.Leader;
import org.leadercontacts.leader.LeaderNode;
import org.leadercontacts.leader.Leaders;
import org.leadercontacts.source.SourceDocument;
import org.leadercontacts.source.SourceDocumentNode;
import org.leadercontacts.statement.Statement;
import org.leadercontacts.statement.StatementNode;
import org.leadercontacts.statement.Statements;
import org.leadercontacts.store.StoreChangeLog;
import org.leadercontacts.store.StoreChanged;
import org.leadercontacts.store.StoreRevision;
import org.leadercontacts.topic.TopicNode;

/** Editors' mutations: each needs the `editor` role, is validated, and applies whole or not at all. */
@GraphQLApi
@ValidatedInput
public class EditApi {

    private static final Logger LOG = Logger.getLogger(EditApi.class);

    @Inject
    StoreRevision storeRevision;

    @Inject
    EditorAccess access;

    @Inject
    DocumentEdits documentEdits;

    @Inject
    StatementEdits statementEdits;

    @Inject
    TopicEdits topicEdits;

    @Inject
    LeaderEdits leaderEdits;

    @Inject
    ConversationEdits conversationEdits;

    @Inject
    Event<StoreChanged> changed;

    @Inject
    Leaders leaders;

    @Inject
    Conversations conversations;

    @Inject
    Statements statements;

    @Inject
    ChangeLog changeLog;

    @Inject
    StoreChangeLog storeChanges;

    @Inject
    EditChanges describe;

    @Mutation("addDocument")
    @Description("Stores a new source document verbatim. Fails with CONFLICT if the same text is already stored.")
    public @NonNull SourceDocumentNode addDocument(@NonNull @Valid @Name("input") @Description("What to change.") Inputs.AddDocument input) {
        return edit("addDocument", () -> {
            SourceDocument document = documentEdits.addDocument(input);
            return new Edited<>(new SourceDocumentNode(document), StoreChanged.documents(document.id),
                    List.of(describe.document(document)));
        });
    }

    @Mutation("createStatement")
    @Description("Adds a statement quoted verbatim from a stored document; the text must occur in it exactly.")
    public @NonNull StatementNode createStatement(@NonNull @Valid @Name("input") @Description("What to change.") Inputs.CreateStatement input) {
        return edit("createStatement", () -> statement(ChangeKind.ADDED, statementEdits.createStatement(input)));
    }

    @Mutation("updateStatement")
    @Description("Changes a statement. A new text is verified against the statement's document.")
    public @NonNull StatementNode updateStatement(@NonNull @Valid @Name("input") @Description("What to change.") Inputs.UpdateStatement input) {
        return edit("updateStatement", () -> statement(ChangeKind.UPDATED, statementEdits.updateStatement(input)));
    }

    @Mutation("deleteStatement")
    @Description("Deletes a statement; returns its ID.")
    public @NonNull @Id String deleteStatement(@NonNull @Id @Description("The statement.") String id,
            @NonNull @Description("The version the deletion is based on.") Integer expectedVersion) {
        return edit("deleteStatement", () -> {
            Change deleted = describe.statement(ChangeKind.DELETED, statements.require(id));
            return new Edited<>(id, StoreChanged.statements(statementEdits.deleteStatement(id, expectedVersion)), List.of(deleted));
        });
    }

    @Mutation("createTopic")
    @Description("Adds a topic.")
    public @NonNull TopicNode createTopic(@NonNull @Valid @Name("input") @Description("What to change.") Inputs.CreateTopic input) {
        return edit("createTopic", () -> unsearchable(new TopicNode(topicEdits.createTopic(input))));
    }

    @Mutation("updateTopic")
    @Description("Changes a topic's name or description.")
    public @NonNull TopicNode updateTopic(@NonNull @Valid @Name("input") @Description("What to change.") Inputs.UpdateTopic input) {
        return edit("updateTopic", () -> unsearchable(new TopicNode(topicEdits.updateTopic(input))));
    }

    @Mutation("deleteTopic")
    @Description("Deletes a topic and untags everything tagged with it; returns its ID.")
    public @NonNull @Id String deleteTopic(@NonNull @Id @Description("The topic.") String id,
            @NonNull @Description("The version the deletion is based on.") Integer expectedVersion) {
        return edit("deleteTopic", () -> {
            topicEdits.deleteTopic(id, expectedVersion);
            return unsearchable(id);
        });
    }

    @Mutation("createLeader")
    @Description("Adds a leader, with the spellings documents use, each verified verbatim.")
    public @NonNull LeaderNode createLeader(@NonNull @Valid @Name("input") @Description("What to change.") Inputs.CreateLeader input) {
        return edit("createLeader", () -> {
            Leader leader = leaderEdits.createLeader(input);
            return new Edited<>(new LeaderNode(leader), StoreChanged.leaders(false, leader.id), List.of());
        });
    }

    @Mutation("updateLeader")
    @Description("Changes a leader's name or country, or adds spellings and offices, each verified verbatim.")
    public @NonNull LeaderNode updateLeader(
            @NonNull @Valid @Name("input") @Description("What to change.") Inputs.UpdateLeader input) {
        return edit("updateLeader", () -> {
            Leader leader = leaderEdits.updateLeader(input);
            // Statements are indexed with their speaker's name, so a rename reindexes them too.
            return new Edited<>(new LeaderNode(leader), StoreChanged.leaders(input.name != null, leader.id), List.of());
        });
    }

    @Mutation("deleteLeader")
    @Description("Deletes a leader nothing refers to; one who took part or spoke must be merged instead (CONFLICT).")
    public @NonNull @Id String deleteLeader(@NonNull @Id @Description("The leader.") String id,
            @NonNull @Description("The version the deletion is based on.") Integer expectedVersion) {
        return edit("deleteLeader",
                () -> new Edited<>(id, StoreChanged.leaders(false, leaderEdits.deleteLeader(id, expectedVersion)), List.of()));
    }

    @Mutation("mergeLeaders")
    @Description("Merges two leaders found to be the same person: participations, statements, spellings and offices "
            + "of `remove` move to `keep`, and `remove` is deleted.")
    public @NonNull LeaderNode mergeLeaders(@NonNull @Id @Description("The leader that remains.") String keep,
            @NonNull @Description("Its version.") Integer keepVersion,
            @NonNull @Id @Description("The leader merged into it and deleted.") String remove,
            @NonNull @Description("Its version.") Integer removeVersion) {
        return edit("mergeLeaders", () -> {
            Leader removed = leaders.require(remove);
            List<Long> conversationsOfRemoved = describe.conversationsOf(removed.id);
            List<Change> statementsOfRemoved = describe.statementsBy(removed.id).stream()
                    .map(statement -> describe.statement(ChangeKind.UPDATED, statement)).toList();
            Leader kept = leaderEdits.mergeLeaders(keep, keepVersion, remove, removeVersion);
            List<Change> changes = new ArrayList<>();
            Set<String> both = Set.of(new LeaderNode(kept).getId(), new LeaderNode(removed).getId());
            for (Long conversation : conversationsOfRemoved) {
                changes.add(describe.conversation(ChangeKind.UPDATED, Conversation.findById(conversation),
                        EditChanges.union(both, describe.participants(conversation))));
            }
            statementsOfRemoved.forEach(statement -> changes.add(describe.moved(statement, null, both)));
            return new Edited<>(new LeaderNode(kept), StoreChanged.leaders(true, kept.id, removed.id), changes);
        });
    }

    @Mutation("createConversation")
    @Description("Adds a conversation, with the passages of the documents that report it, each verified verbatim.")
    public @NonNull ConversationNode createConversation(
            @NonNull @Valid @Name("input") @Description("What to change.") Inputs.CreateConversation input) {
        return edit("createConversation", () -> {
            Conversation created = conversationEdits.createConversation(input);
            return new Edited<>(new ConversationNode(created), StoreChanged.nothingSearchable(),
                    List.of(describe.conversation(ChangeKind.ADDED, created, describe.participants(created.id))));
        });
    }

    @Mutation("updateConversation")
    @Description("Changes a conversation's kind, title, date, place, participants or topics.")
    public @NonNull ConversationNode updateConversation(
            @NonNull @Valid @Name("input") @Description("What to change.") Inputs.UpdateConversation input) {
        return edit("updateConversation", () -> {
            Set<String> before = describe.participants(conversations.require(input.id).id);
            Conversation updated = conversationEdits.updateConversation(input);
            return new Edited<>(new ConversationNode(updated), StoreChanged.nothingSearchable(), List.of(describe
                    .conversation(ChangeKind.UPDATED, updated, EditChanges.union(before, describe.participants(updated.id)))));
        });
    }

    @Mutation("deleteConversation")
    @Description("Deletes a conversation with its reports, participants and statements; returns its ID.")
    public @NonNull @Id String deleteConversation(@NonNull @Id @Description("The conversation.") String id,
            @NonNull @Description("The version the deletion is based on.") Integer expectedVersion) {
        return edit("deleteConversation", () -> {
            Conversation deleted = conversations.require(id);
            List<Change> changes = new ArrayList<>();
            changes.add(describe.conversation(ChangeKind.DELETED, deleted, describe.participants(deleted.id)));
            describe.statementsOf(deleted.id).forEach(s -> changes.add(describe.statement(ChangeKind.DELETED, s)));
            return new Edited<>(id, StoreChanged.statementsOfConversations(conversationEdits.deleteConversation(id, expectedVersion)),
                    changes);
        });
    }

    @Mutation("mergeConversations")
    @Description("Merges two conversations found to be the same event: the sources, participants, topics and statements "
            + "of `remove` move to `keep`, and `remove` is deleted.")
    public @NonNull ConversationNode mergeConversations(@NonNull @Id @Description("The conversation that remains.") String keep,
            @NonNull @Description("Its version.") Integer keepVersion,
            @NonNull @Id @Description("The conversation merged into it and deleted.") String remove,
            @NonNull @Description("Its version.") Integer removeVersion) {
        return edit("mergeConversations", () -> {
            Conversation removed = conversations.require(remove);
            Set<String> participantsOfRemoved = describe.participants(removed.id);
            List<Change> moved = describe.statementsOf(removed.id).stream()
                    .map(statement -> describe.statement(ChangeKind.UPDATED, statement)).toList();
            Conversation kept = conversationEdits.mergeConversations(keep, keepVersion, remove, removeVersion);
            List<Change> changes = new ArrayList<>();
            changes.add(describe.conversation(ChangeKind.UPDATED, kept,
                    EditChanges.union(participantsOfRemoved, describe.participants(kept.id))));
            changes.add(describe.merged(removed, kept, participantsOfRemoved));
            moved.forEach(statement -> changes.add(describe.moved(statement, kept, null)));
            return new Edited<>(new ConversationNode(kept), StoreChanged.statementsOfConversations(kept.id, removed.id),
                    changes);
        });
    }

    /**
     * Checks the editor, applies the edit (its own transaction), then updates derived state with what changed. The
     * change log gets what changed in the same transaction, so subscribers on every replica hear of it.
     */
    private <T> T edit(String mutation, Supplier<Edited<T>> change) {
        String editor = access.requireEditor();
        // One transaction for the edit and the store's revision, so caches never see one without the other.
        Edited<T> edited = QuarkusTransaction.requiringNew().call(() -> {
            Edited<T> done = change.get();
            long revision = storeRevision.bump();
            StoreChanged committed = done.change().at(revision);
            storeChanges.record(committed);
            changeLog.append(revision, done.changes());
            return new Edited<>(done.result(), committed, done.changes());
        });
        LOG.infof("%s by %s", mutation, editor);
        changed.fire(edited.change());
        return edited.result();
    }

    /** What a mutation returns, what it changed in the store for derived state, and for subscribers. */
    private record Edited<T>(T result, StoreChanged change, List<Change> changes) {
    }

    private Edited<StatementNode> statement(ChangeKind kind, Statement statement) {
        return new Edited<>(new StatementNode(statement), StoreChanged.statements(statement.id),
                List.of(describe.statement(kind, statement)));
    }

    /** An edit of something neither the search index nor subscribers follow (topics). */
    private static <T> Edited<T> unsearchable(T result) {
        return new Edited<>(result, StoreChanged.nothingSearchable(), List.of());
    }
}
