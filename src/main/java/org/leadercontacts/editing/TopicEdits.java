package org.leadercontacts.editing;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.leadercontacts.topic.Topic;
import org.leadercontacts.topic.Topics;

/**
 * Editors' changes to the topic vocabulary. Each method is one transaction: it applies whole or not at all. Updates
 * name the version they are based on; a stale version, or a concurrent edit that wins the race, is a CONFLICT and
 * changes nothing.
 */
@ApplicationScoped
public class TopicEdits {

    @Inject
    EntityManager em;

    @Inject
    Topics topics;

    @Transactional
    public Topic createTopic(Inputs.CreateTopic input) {
        if (Topic.findBySlug(input.slug) != null) {
            throw new ConflictException("A topic with the slug \"" + input.slug + "\" already exists.");
        }
        Topic topic = new Topic();
        topic.slug = input.slug;
        topic.name = input.name;
        topic.description = input.description;
        topic.persist();
        return topic;
    }

    @Transactional
    public Topic updateTopic(Inputs.UpdateTopic input) {
        Topic topic = topics.require(input.id);
        EditRules.checkVersion("Topic", input.id, topic.version, input.expectedVersion);
        if (input.name != null) {
            topic.name = input.name;
        }
        if (input.description != null) {
            topic.description = input.description;
        }
        return EditRules.flushed(em, topic, "Topic", input.id);
    }

    @Transactional
    public void deleteTopic(String id, int expectedVersion) {
        Topic topic = topics.require(id);
        EditRules.checkVersion("Topic", id, topic.version, expectedVersion);
        em.createNativeQuery("delete from conversation_topic where topic_id = ?1").setParameter(1, topic.id)
                .executeUpdate();
        em.createNativeQuery("delete from statement_topic where topic_id = ?1").setParameter(1, topic.id)
                .executeUpdate();
        topic.delete();
        EditRules.flushed(em, topic, "Topic", id);
    }
}
