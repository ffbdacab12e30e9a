package org.leadercontacts.common;

import java.util.Collection;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.persistence.EntityManager;

import io.quarkus.hibernate.orm.panache.PanacheEntity;

/** The two lookups every aggregate makes alike: by global ID (or NOT_FOUND), and by database ids in one query. */
public final class Lookups {

    private Lookups() {
    }

    /** What a global ID of {@code type} names, found by its slug; fails with a clear error if it names nothing. */
    public static <T> T require(String id, String type, Function<String, T> bySlug) {
        T found = bySlug.apply(GlobalId.slugOf(id, type));
        if (found == null) {
            throw new NotFoundException(type, id);
        }
        return found;
    }

    /** The entities with these ids, by id, in one query. */
    public static <T extends PanacheEntity> Map<Long, T> byIds(EntityManager em, Class<T> type, Collection<Long> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return em.createQuery("select e from " + type.getSimpleName() + " e where e.id in :ids", type)
                .setParameter("ids", ids.stream().distinct().toList()).getResultList().stream()
                .collect(Collectors.toMap(e -> e.id, Function.identity()));
    }
}
