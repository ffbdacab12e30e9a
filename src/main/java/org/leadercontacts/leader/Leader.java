package org.leadercontacts.leader;

import io.quarkus.hibernate.orm.panache.PanacheEntity;
import jakarta.persistence.Entity;
import jakarta.persistence.Version;
import jakarta.validation.constraints.NotBlank;

/** A person who speaks or is spoken with: heads of state, ministers, envoys. */
@Entity
public class Leader extends PanacheEntity {

    /** Optimistic lock: checked and incremented by every edit. */
    @Version
    public int version;

    @NotBlank
    public String slug;

    @NotBlank
    public String name;

    @NotBlank
    public String countryCode;

    public static Leader findBySlug(String slug) {
        return find("slug", slug).firstResult();
    }
}
