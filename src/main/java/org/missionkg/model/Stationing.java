package org.missionkg.model;

import java.util.List;
import java.util.Objects;

/** A mission (or a country's contingent) is stationed at a place. */
public record Stationing(EntityRef subject, EntityRef place, EntityRef country, Provenance provenance)
        implements Fact {
    public Stationing {
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(place, "place");
        Objects.requireNonNull(provenance, "provenance");
    }

    @Override
    public List<EntityRef> participants() {
        return country == null ? List.of(subject, place) : List.of(subject, place, country);
    }

    @Override
    public String kind() {
        return "location";
    }
}
