package org.leadercontacts.editing;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import org.leadercontacts.common.InvalidInputException;
import org.leadercontacts.leader.Leader;
import org.leadercontacts.leader.LeaderAlias;
import org.leadercontacts.leader.Leaders;
import org.leadercontacts.leader.Office;
import org.leadercontacts.seed.Span;
import org.leadercontacts.source.Documents;
import org.leadercontacts.source.SourceDocument;

/**
 * Editors' changes to leaders: names, countries, spellings and offices verified verbatim, merges. Each method is
 * one transaction: it applies whole or not at all. Updates name the version they are based on; a stale version, or
 * a concurrent edit that wins the race, is a CONFLICT and changes nothing.
 */
@ApplicationScoped
public class LeaderEdits {

    @Inject
    EntityManager em;

    @Inject
    Leaders leaders;

    @Transactional
    public Leader createLeader(Inputs.CreateLeader input) {
        Leader leader = new Leader();
        leader.name = input.name.trim();
        leader.countryCode = leaders.countryCode(input.country);
        leader.slug = uniqueSlug(leader.name);
        leader.persist();
        addAliases(leader, input.aliases);
        return leader;
    }

    @Transactional
    public Leader updateLeader(Inputs.UpdateLeader input) {
        Leader leader = leaders.require(input.id);
        EditRules.checkVersion("Leader", input.id, leader.version, input.expectedVersion);
        if (input.name != null) {
            leader.name = input.name.trim();
        }
        if (input.country != null) {
            leader.countryCode = leaders.countryCode(input.country);
        }
        addAliases(leader, input.addAliases);
        if (input.addOffices != null) {
            for (Inputs.OfficeInput held : input.addOffices) {
                SourceDocument document = Documents.require(held.document);
                Span span = EditRules.quote(document, held.text, 1);
                Office.of(leader.id, held.title, leaders.countryCode(held.country), held.from, held.to, document.id,
                        span.start(), span.end()).persist();
            }
        }
        boolean rowChanged = input.name != null || input.country != null;
        if (!rowChanged && (input.addAliases != null || input.addOffices != null)) {
            // Only child rows changed: still one new version of the leader, as for any edit.
            em.lock(leader, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
        }
        return EditRules.flushed(em, leader, "Leader", input.id);
    }

    /** Deletes a leader nothing refers to any more; one who took part or spoke must be merged instead. */
    @Transactional
    public long deleteLeader(String id, int expectedVersion) {
        Leader leader = leaders.require(id);
        EditRules.checkVersion("Leader", id, leader.version, expectedVersion);
        long references = em.createQuery("select (select count(p) from Participation p where p.leaderId = :id) + "
                + "(select count(s) from Statement s where s.speakerId = :id) + (select count(c) from Conversation c "
                + "where c.initiatorId = :id)", Long.class).setParameter("id", leader.id).getSingleResult();
        if (references > 0) {
            throw new ConflictException("Leader " + id + " takes part in conversations or speaks in statements (" + references
                    + " references); merge it into the right leader with mergeLeaders instead.");
        }
        em.createQuery("delete from LeaderAlias where leaderId = :id").setParameter("id", leader.id).executeUpdate();
        em.createQuery("delete from Office where leaderId = :id").setParameter("id", leader.id).executeUpdate();
        leader.delete();
        return EditRules.flushed(em, leader, "Leader", id).id;
    }

    /**
     * Merges two records found to be the same person: everything that points at {@code removed}
     * (participations, statements, initiatives, spellings, offices) moves to {@code kept}.
     */
    @Transactional
    public Leader mergeLeaders(String keptId, int keptVersion, String removedId, int removedVersion) {
        Leader kept = leaders.require(keptId);
        Leader removed = leaders.require(removedId);
        if (kept.id.equals(removed.id)) {
            throw new InvalidInputException("A leader cannot be merged with itself.");
        }
        EditRules.checkVersion("Leader", keptId, kept.version, keptVersion);
        EditRules.checkVersion("Leader", removedId, removed.version, removedVersion);
        // A conversation both took part in keeps the kept leader's participation only.
        em.createQuery("delete from Participation p where p.leaderId = :removed and p.conversationId in "
                + "(select q.conversationId from Participation q where q.leaderId = :kept)")
                .setParameter("removed", removed.id).setParameter("kept", kept.id).executeUpdate();
        for (String update : List.of("update Participation set leaderId = :kept where leaderId = :removed",
                "update Statement set speakerId = :kept where speakerId = :removed",
                "update Conversation set initiatorId = :kept where initiatorId = :removed",
                "update LeaderAlias set leaderId = :kept where leaderId = :removed",
                "update Office set leaderId = :kept where leaderId = :removed")) {
            em.createQuery(update).setParameter("kept", kept.id).setParameter("removed", removed.id).executeUpdate();
        }
        em.lock(kept, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
        removed.delete();
        return EditRules.flushed(em, kept, "Leader", keptId);
    }

    private void addAliases(Leader leader, List<Inputs.Mention> mentions) {
        if (mentions == null) {
            return;
        }
        for (Inputs.Mention mention : mentions) {
            SourceDocument document = Documents.require(mention.document);
            Span span = EditRules.quote(document, mention.text, mention.occurrence);
            LeaderAlias.of(leader.id, mention.text, mention.note, document.id, span.start(), span.end()).persist();
        }
    }

    private String uniqueSlug(String name) {
        String base = name.toLowerCase().replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
        base = base.isEmpty() ? "leader" : base;
        String slug = base;
        for (int i = 2; Leader.findBySlug(slug) != null; i++) {
            slug = base + "-" + i;
        }
        return slug;
    }
}
