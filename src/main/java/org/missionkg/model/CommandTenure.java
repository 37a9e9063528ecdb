package org.missionkg.model;

import java.util.List;
import java.util.Objects;

/** A person commands (heads) a mission, with the rank as printed and start/end where said. */
public record CommandTenure(EntityRef commander, EntityRef mission, String rank,
                            FuzzyDate start, FuzzyDate end, Provenance provenance) implements Fact {
    public CommandTenure {
        Objects.requireNonNull(commander, "commander");
        Objects.requireNonNull(mission, "mission");
        Objects.requireNonNull(provenance, "provenance");
    }

    @Override
    public List<EntityRef> participants() {
        return List.of(commander, mission);
    }

    @Override
    public String kind() {
        return "command";
    }
}
