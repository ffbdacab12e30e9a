package org.leadercontacts.topic;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.leadercontacts.common.Filter;
import org.leadercontacts.common.Lookups;
import org.leadercontacts.common.PageRequest;
import org.leadercontacts.common.Pager.Page;
import org.leadercontacts.common.Pager;
import org.leadercontacts.common.SortKey;
import org.leadercontacts.leader.Leaders;

@ApplicationScoped
public class Topics {

    static final SortKey<Topic> BY_NAME = new SortKey<>("topic:NAME_ASC", "t.name", "t.id", false, value -> value,
            t -> t.name, t -> t.id);

    @Inject
    EntityManager em;

    @Inject
    Pager pager;

    Page<Topic> page(String name, PageRequest page) {
        Filter where = new Filter();
        if (name != null && !name.isBlank()) {
            String pattern = "%" + Leaders.likeEscape(name.trim().toLowerCase()) + "%";
            where.and("(lower(t.name) like ? escape '\\' or lower(t.slug) like ? escape '\\')", pattern, pattern);
        }
        return pager.page(Topic.class, "Topic t", where, page, BY_NAME);
    }

    /** The topic an ID names; fails with a clear error if it names none. */
    public Topic require(String id) {
        return Lookups.require(id, TopicNode.TYPE, Topic::findBySlug);
    }

    /**
     * The topics of each owner, read from an element-collection table in one query, so that a page
     * of owners never triggers one lazy collection load per owner.
     */
    public Map<Long, List<TopicNode>> topicsOf(String ownerEntity, Collection<Long> ownerIds) {
        if (ownerIds.isEmpty()) {
            return Map.of();
        }
        List<Object[]> rows = em.createQuery("select o.id, t from " + ownerEntity + " o join o.topicIds topicId "
                + "join Topic t on t.id = topicId where o.id in :ids order by t.name, t.id", Object[].class)
                .setParameter("ids", ownerIds.stream().distinct().toList()).getResultList();
        return rows.stream().collect(Collectors.groupingBy(row -> (Long) row[0],
                Collectors.mapping(row -> new TopicNode((Topic) row[1]), Collectors.toList())));
    }

    public Map<Long, Topic> byIds(Collection<Long> ids) {
        return Lookups.byIds(em, Topic.class, ids);
    }
}
