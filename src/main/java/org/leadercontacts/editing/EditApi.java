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
import org.leadercontacts.conversation.ConversationNode;
import org.leadercontacts.leader.LeaderNode;
import org.leadercontacts.seed.StoreChanged;
import org.leadercontacts.seed.StoreVersion;
import org.leadercontacts.source.SourceDocumentNode;
import org.leadercontacts.statement.StatementNode;
import org.leadercontacts.topic.TopicNode;

/** Editors' mutations: each needs the `editor` role, is validated, and applies whole or not at all. */
@GraphQLApi
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

    @Mutation("addDocument")
    @Description("Stores a new source document verbatim. Fails with CONFLICT if the same text is already stored.")
    public @NonNull SourceDocumentNode addDocument(@NonNull @Valid @Name("input") @Description("What to change.") Inputs.AddDocument input) {
        return edit("addDocument", () -> new SourceDocumentNode(edits.addDocument(input)));
    }

    @Mutation("createStatement")
    @Description("Adds a statement quoted verbatim from a stored document; the text must occur in it exactly.")
    public @NonNull StatementNode createStatement(@NonNull @Valid @Name("input") @Description("What to change.") Inputs.CreateStatement input) {
        return edit("createStatement", () -> new StatementNode(edits.createStatement(input)));
    }

    @Mutation("updateStatement")
    @Description("Changes a statement. A new text is verified against the statement's document.")
    public @NonNull StatementNode updateStatement(@NonNull @Valid @Name("input") @Description("What to change.") Inputs.UpdateStatement input) {
        return edit("updateStatement", () -> new StatementNode(edits.updateStatement(input)));
    }

    @Mutation("deleteStatement")
    @Description("Deletes a statement; returns its ID.")
    public @NonNull @Id String deleteStatement(@NonNull @Id @Description("The statement.") String id,
            @NonNull @Description("The version the deletion is based on.") Integer expectedVersion) {
        return edit("deleteStatement", () -> {
            edits.deleteStatement(id, expectedVersion);
            return id;
        });
    }

    @Mutation("createTopic")
    @Description("Adds a topic.")
    public @NonNull TopicNode createTopic(@NonNull @Valid @Name("input") @Description("What to change.") Inputs.CreateTopic input) {
        return edit("createTopic", () -> new TopicNode(edits.createTopic(input)));
    }

    @Mutation("updateTopic")
    @Description("Changes a topic's name or description.")
    public @NonNull TopicNode updateTopic(@NonNull @Valid @Name("input") @Description("What to change.") Inputs.UpdateTopic input) {
        return edit("updateTopic", () -> new TopicNode(edits.updateTopic(input)));
    }

    @Mutation("deleteTopic")
    @Description("Deletes a topic and untags everything tagged with it; returns its ID.")
    public @NonNull @Id String deleteTopic(@NonNull @Id @Description("The topic.") String id,
            @NonNull @Description("The version the deletion is based on.") Integer expectedVersion) {
        return edit("deleteTopic", () -> {
            edits.deleteTopic(id, expectedVersion);
            return id;
        });
    }

    @Mutation("createLeader")
    @Description("Adds a leader, with the spellings documents use, each verified verbatim.")
    public @NonNull LeaderNode createLeader(@NonNull @Valid @Name("input") @Description("What to change.") Inputs.CreateLeader input) {
        return edit("createLeader", () -> new LeaderNode(edits.createLeader(input)));
    }

    @Mutation("updateLeader")
    @Description("Changes a leader's name or country, or adds spellings and offices, each verified verbatim.")
    public @NonNull LeaderNode updateLeader(
            @NonNull @Valid @Name("input") @Description("What to change.") Inputs.UpdateLeader input) {
        return edit("updateLeader", () -> new LeaderNode(edits.updateLeader(input)));
    }

    @Mutation("deleteLeader")
    @Description("Deletes a leader nothing refers to; one who took part or spoke must be merged instead (CONFLICT).")
    public @NonNull @Id String deleteLeader(@NonNull @Id @Description("The leader.") String id,
            @NonNull @Description("The version the deletion is based on.") Integer expectedVersion) {
        return edit("deleteLeader", () -> {
            edits.deleteLeader(id, expectedVersion);
            return id;
        });
    }

    @Mutation("mergeLeaders")
    @Description("Merges two leaders found to be the same person: participations, statements, spellings and offices "
            + "of `remove` move to `keep`, and `remove` is deleted.")
    public @NonNull LeaderNode mergeLeaders(@NonNull @Id @Description("The leader that remains.") String keep,
            @NonNull @Description("Its version.") Integer keepVersion,
            @NonNull @Id @Description("The leader merged into it and deleted.") String remove,
            @NonNull @Description("Its version.") Integer removeVersion) {
        return edit("mergeLeaders", () -> new LeaderNode(edits.mergeLeaders(keep, keepVersion, remove, removeVersion)));
    }

    @Mutation("createConversation")
    @Description("Adds a conversation, with the passages of the documents that report it, each verified verbatim.")
    public @NonNull ConversationNode createConversation(
            @NonNull @Valid @Name("input") @Description("What to change.") Inputs.CreateConversation input) {
        return edit("createConversation", () -> new ConversationNode(edits.createConversation(input)));
    }

    @Mutation("updateConversation")
    @Description("Changes a conversation's kind, title, date, place, participants or topics.")
    public @NonNull ConversationNode updateConversation(
            @NonNull @Valid @Name("input") @Description("What to change.") Inputs.UpdateConversation input) {
        return edit("updateConversation", () -> new ConversationNode(edits.updateConversation(input)));
    }

    @Mutation("deleteConversation")
    @Description("Deletes a conversation with its reports, participants and statements; returns its ID.")
    public @NonNull @Id String deleteConversation(@NonNull @Id @Description("The conversation.") String id,
            @NonNull @Description("The version the deletion is based on.") Integer expectedVersion) {
        return edit("deleteConversation", () -> {
            edits.deleteConversation(id, expectedVersion);
            return id;
        });
    }

    @Mutation("mergeConversations")
    @Description("Merges two conversations found to be the same event: the sources, participants, topics and statements "
            + "of `remove` move to `keep`, and `remove` is deleted.")
    public @NonNull ConversationNode mergeConversations(@NonNull @Id @Description("The conversation that remains.") String keep,
            @NonNull @Description("Its version.") Integer keepVersion,
            @NonNull @Id @Description("The conversation merged into it and deleted.") String remove,
            @NonNull @Description("Its version.") Integer removeVersion) {
        return edit("mergeConversations",
                () -> new ConversationNode(edits.mergeConversations(keep, keepVersion, remove, removeVersion)));
    }

    /** Checks the editor, applies the edit (its own transaction), then refreshes derived state. */
    private <T> T edit(String mutation, Supplier<T> change) {
        String editor = access.requireEditor();
        T result = QuarkusTransaction.requiringNew().call(() -> {
            T changed = change.get();
            storeVersion.bump();
            return changed;
        });
        LOG.infof("%s by %s", mutation, editor);
        changed.fire(new StoreChanged(0));
        return result;
    }
}
