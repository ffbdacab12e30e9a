package org.leadercontacts.editing;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;
import org.leadercontacts.statement.StatementKind;

/** The inputs of editors' mutations, validated with Bean Validation before anything changes. */
public final class Inputs {

    private Inputs() {
    }

    @Input("AddDocumentInput")
    @Description("A new source document: its verbatim text and what is known about it.")
    public static class AddDocument {
        @NotBlank @Size(max = 1_000_000) @Description("The full text, verbatim (at most 1,000,000 characters).")
        public String text;
        @NotBlank @Size(max = 200) @Description("Who published it.")
        public String publisher;
        @Size(max = 500) @Description("Its own headline, verbatim, if it has one.")
        public String title;
        @Size(max = 2000) @Pattern(regexp = "https?://\\S+") @Description("Where it was published.")
        public String url;
        @Pattern(regexp = "\\d{4}(-\\d{2}(-\\d{2})?)?") @Description("Publication date: YYYY, YYYY-MM or YYYY-MM-DD.")
        public String publishedOn;
        @NotBlank @Pattern(regexp = "[a-zA-Z]{2,3}(-[a-zA-Z0-9]{2,8})*") @Description("Language (BCP 47), e.g. `en`.")
        public String language;
        @Size(max = 8000) @Description("What a reviewer must know about it.")
        public String note;
    }

    @Input("CreateStatementInput")
    @Description("A statement quoted verbatim from a stored document.")
    public static class CreateStatement {
        @NotNull @Id @Description("The conversation it was made in.")
        public String conversation;
        @NotNull @Id @Description("The document that reports it; `text` must occur in it verbatim.")
        public String document;
        @Id @Description("Who said it; omit when the document credits an institution or both sides.")
        public String speaker;
        @Size(max = 500) @Description("How the document attributes it, when not plainly to the speaker.")
        public String attribution;
        @NotNull @Description("Quote or paraphrase.")
        public StatementKind kind;
        @NotBlank @Size(max = 20_000) @Description("The text, exactly as the document writes it.")
        public String text;
        @Min(1) @Description("Which occurrence of `text` in the document, if it occurs more than once (default 1).")
        public Integer occurrence;
        @Description("IDs of the topics it addresses.")
        public List<@NotNull String> topics;
    }

    @Input("UpdateStatementInput")
    @Description("Changes to a statement; omitted fields stay as they are.")
    public static class UpdateStatement {
        @NotNull @Id @Description("The statement.")
        public String id;
        @NotNull @Description("The `version` the edit is based on; the edit fails with CONFLICT if it has changed.")
        public Integer expectedVersion;
        @Id @Description("New speaker.")
        public String speaker;
        @Size(max = 500) @Description("New attribution.")
        public String attribution;
        @Description("New kind.")
        public StatementKind kind;
        @Size(min = 1, max = 20_000) @Description("New text, verbatim from the statement's document.")
        public String text;
        @Min(1) @Description("Which occurrence of the new text in the document (default 1).")
        public Integer occurrence;
        @Description("The new set of topic IDs.")
        public List<@NotNull String> topics;
    }

    @Input("TopicInput")
    @Description("A new topic.")
    public static class CreateTopic {
        @NotBlank @Pattern(regexp = "[a-z0-9]+(-[a-z0-9]+)*") @Size(max = 100) @Description("Short kebab-case identifier.")
        public String slug;
        @NotBlank @Size(max = 200) @Description("Display name.")
        public String name;
        @NotBlank @Size(max = 2000) @Description("One neutral sentence saying what it covers.")
        public String description;
    }

    @Input("UpdateTopicInput")
    @Description("Changes to a topic; omitted fields stay as they are.")
    public static class UpdateTopic {
        @NotNull @Id @Description("The topic.")
        public String id;
        @NotNull @Description("The `version` the edit is based on.")
        public Integer expectedVersion;
        @Size(min = 1, max = 200) @Description("New display name.")
        public String name;
        @Size(min = 1, max = 2000) @Description("New description.")
        public String description;
    }

    @Input("CreateLeaderInput")
    @Description("A new leader.")
    public static class CreateLeader {
        @NotBlank @Size(max = 200) @Description("Canonical name.")
        public String name;
        @NotBlank @Description("Country code (`SY`) or name (`Syria`).")
        public String country;
        @Description("Spellings documents use, each verbatim from its document.")
        public List<@NotNull @Valid Mention> aliases;
    }

    @Input("MentionInput")
    @Description("A spelling of a name as a stored document writes it.")
    public static class Mention {
        @NotNull @Id @Description("The document.")
        public String document;
        @NotBlank @Size(max = 500) @Description("The spelling, verbatim.")
        public String text;
        @Min(1) @Description("Which occurrence (default 1).")
        public Integer occurrence;
        @Size(max = 1000) @Description("Why it is notable.")
        public String note;
    }

    @Input("CreateConversationInput")
    @Description("A new conversation, with at least one source document reporting it.")
    public static class CreateConversation {
        @NotNull @Description("How it took place.")
        public org.leadercontacts.conversation.ConversationKind kind;
        @NotBlank @Size(max = 500) @Description("A short descriptive title.")
        public String title;
        @NotNull @Pattern(regexp = "\\d{4}(-\\d{2}(-\\d{2})?)?") @Description("When: YYYY, YYYY-MM or YYYY-MM-DD.")
        public String date;
        @Size(max = 300) @Description("Where.")
        public String place;
        @Size(max = 300) @Description("For interviews: the news organisation.")
        public String outlet;
        @Id @Description("Who initiated it.")
        public String initiator;
        @NotNull @Size(min = 1) @Description("Who took part.")
        public List<@NotNull @Valid ParticipantInput> participants;
        @Description("IDs of the topics discussed.")
        public List<@NotNull String> topics;
        @NotNull @Size(min = 1) @Description("The documents that report it, each with the passage that does.")
        public List<@NotNull @Valid SourceInput> sources;
    }

    @Input("ParticipantInput")
    @Description("A leader who took part, and how.")
    public static class ParticipantInput {
        @NotNull @Id @Description("The leader.")
        public String leader;
        @NotNull @Description("The part they played.")
        public org.leadercontacts.conversation.ParticipantRole role;
    }

    @Input("ConversationSourceInput")
    @Description("A stored document's report of a conversation.")
    public static class SourceInput {
        @NotNull @Id @Description("The document.")
        public String document;
        @NotBlank @Size(max = 20_000) @Description("The passage that reports the conversation, verbatim.")
        public String text;
        @Min(1) @Description("Which occurrence of the passage (default 1).")
        public Integer occurrence;
        @Pattern(regexp = "\\d{4}(-\\d{2}(-\\d{2})?)?") @Description("The date this document gives, if any.")
        public String reportedDate;
        @Size(max = 500) @Description("The document's own words for that date, verbatim.")
        public String reportedDateText;
    }

    @Input("UpdateConversationInput")
    @Description("Changes to a conversation; omitted fields stay as they are.")
    public static class UpdateConversation {
        @NotNull @Id @Description("The conversation.")
        public String id;
        @NotNull @Description("The `version` the edit is based on.")
        public Integer expectedVersion;
        @Description("New kind.")
        public org.leadercontacts.conversation.ConversationKind kind;
        @Size(min = 1, max = 500) @Description("New title.")
        public String title;
        @Pattern(regexp = "\\d{4}(-\\d{2}(-\\d{2})?)?") @Description("New date.")
        public String date;
        @Size(max = 300) @Description("New place.")
        public String place;
        @Description("The new list of participants.")
        public List<@NotNull @Valid ParticipantInput> participants;
        @Description("The new set of topic IDs.")
        public List<@NotNull String> topics;
    }

    @Input("UpdateLeaderInput")
    @Description("Changes to a leader; omitted fields stay as they are. Spellings and offices are added.")
    public static class UpdateLeader {
        @NotNull @Id @Description("The leader.")
        public String id;
        @NotNull @Description("The `version` the edit is based on.")
        public Integer expectedVersion;
        @Size(min = 1, max = 200) @Description("New canonical name.")
        public String name;
        @Description("New country: code or name.")
        public String country;
        @Description("Spellings to add, each verbatim from its document.")
        public List<@NotNull @Valid Mention> addAliases;
        @Description("Offices to add, each with the document's words that state it.")
        public List<@NotNull @Valid OfficeInput> addOffices;
    }

    @Input("OfficeInput")
    @Description("An office a stored document says the leader holds or held.")
    public static class OfficeInput {
        @NotNull @Id @Description("The document.")
        public String document;
        @NotBlank @Size(max = 2000) @Description("The document's words that state it, verbatim.")
        public String text;
        @NotBlank @Size(max = 300) @Description("The title as the document gives it.")
        public String title;
        @NotBlank @Description("Country of the office: code or name.")
        public String country;
        @Pattern(regexp = "\\d{4}(-\\d{2}(-\\d{2})?)?") @Description("Since when, if the document says.")
        public String from;
        @Pattern(regexp = "\\d{4}(-\\d{2}(-\\d{2})?)?") @Description("Until when, if the document says.")
        public String to;
    }
}
