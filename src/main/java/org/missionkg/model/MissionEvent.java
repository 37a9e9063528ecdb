package org.missionkg.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Something happens to a mission: launch, extension (with its "until" date), suspension,
 * handover (to {@code agent}, a person or country), relocation (to {@code agent}, the place or
 * country moved to) and the rest of {@link EventType}.
 */
public record MissionEvent(EntityRef mission, EventType type, FuzzyDate date, FuzzyDate until,
                           EntityRef agent, String note, Provenance provenance) implements Fact {
    public MissionEvent {
        Objects.requireNonNull(mission, "mission");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(provenance, "provenance");
    }

    @Override
    public List<EntityRef> participants() {
        List<EntityRef> all = new ArrayList<>(List.of(mission));
        if (agent != null) {
            all.add(agent);
        }
        return List.copyOf(all);
    }

    @Override
    public String kind() {
        return "event";
    }
}
