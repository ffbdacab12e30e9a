package org.leadercontacts.topic;

import io.quarkus.hibernate.orm.panache.PanacheEntity;
import jakarta.persistence.Entity;
import jakarta.persistence.Version;
import jakarta.validation.constraints.NotBlank;

@Entity
public class Topic extends PanacheEntity {

    /** Optimistic lock: checked and incremented by every edit. */
    @Version
    public int version;

    @NotBlank
    public String slug;

    @NotBlank
    public String name;

    @NotBlank
    public String description;

    public static Topic findBySlug(String slug) {
        return find("slug", slug).firstResult();
    }
}
