package org.leadercontacts.leader;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;

@Entity
public class Country extends PanacheEntityBase {

    @Id
    @Pattern(regexp = "[A-Z]{2}")
    public String code;

    @NotBlank
    public String name;
}
