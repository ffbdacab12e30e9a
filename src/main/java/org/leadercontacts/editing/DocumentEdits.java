package org.leadercontacts.editing;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.leadercontacts.common.GlobalId;
import org.leadercontacts.common.InvalidInputException;
import org.leadercontacts.common.PartialDate;
import org.leadercontacts.seed.Verbatim;
import org.leadercontacts.source.SourceDocument;
import org.leadercontacts.source.SourceDocumentNode;

/**
 * Editors' additions of source documents, stored verbatim. Each method is one transaction: it applies whole or not
 * at all. Updates name the version they are based on; a stale version, or a concurrent edit that wins the race, is
 * a CONFLICT and changes nothing.
 */
@ApplicationScoped
public class DocumentEdits {

    @Inject
    EntityManager em;

    @Transactional
    public SourceDocument addDocument(Inputs.AddDocument input) {
        String sha256 = EditRules.sha256(input.text);
        SourceDocument existing = SourceDocument.find("sha256", sha256).firstResult();
        if (existing != null) {
            throw new ConflictException("This text is already stored as document "
                    + GlobalId.encode(SourceDocumentNode.TYPE, existing.slug) + ".");
        }
        SourceDocument document = new SourceDocument();
        document.slug = "ed_" + sha256.substring(0, 16);
        document.fileName = document.slug + ".txt";
        document.sha256 = sha256;
        document.content = input.text;
        document.publisher = input.publisher;
        document.title = input.title;
        document.url = input.url;
        document.publishedOn = input.publishedOn == null ? null : new PartialDate(input.publishedOn).toString();
        document.language = input.language;
        document.note = input.note;
        if (input.title != null && Verbatim.locate(input.text, input.title, 1) == null) {
            throw new InvalidInputException("`title` must be the document's own headline, verbatim from `text`.");
        }
        document.persist();
        return document;
    }
}
