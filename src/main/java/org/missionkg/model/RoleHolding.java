package org.missionkg.model;

import java.util.List;
import java.util.Objects;

/** A person holds a role ("Minister of National Defence") in an organisation or country. */
public record RoleHolding(EntityRef person, String role, EntityRef organization, Provenance provenance)
        implements Fact {
    public RoleHolding {
        Objects.requireNonNull(person, "person");
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(provenance, "provenance");
    }

    @Override
    public List<EntityRef> participants() {
        return organization == null ? List.of(person) : List.of(person, organization);
    }

    @Override
    public String kind() {
        return "role";
    }
}
