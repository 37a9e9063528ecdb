package org.missionkg.model;

import java.util.List;
import java.util.Objects;

/** A country leads (is the framework nation of) a mission. */
public record Leadership(EntityRef country, EntityRef mission, FuzzyDate start, FuzzyDate end,
                         Provenance provenance) implements Fact {
    public Leadership {
        Objects.requireNonNull(country, "country");
        Objects.requireNonNull(mission, "mission");
        Objects.requireNonNull(provenance, "provenance");
    }

    @Override
    public List<EntityRef> participants() {
        return List.of(country, mission);
    }

    @Override
    public String kind() {
        return "lead";
    }
}
