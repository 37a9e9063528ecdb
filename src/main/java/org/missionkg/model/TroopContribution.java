package org.missionkg.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A country's troop numbers for a mission: a count with its qualifier and what it counts
 * ("troops", "trainers", "special forces"). A change ("from more than 800 to about 500") keeps
 * the earlier figure in {@code fromCount}/{@code fromQualifier}. {@code mission} may be null
 * when the text names no mission.
 */
public record TroopContribution(EntityRef country, EntityRef mission, long count, CountQualifier qualifier,
                                String counts, Long fromCount, CountQualifier fromQualifier, FuzzyDate date,
                                Provenance provenance) implements Fact {
    public TroopContribution {
        Objects.requireNonNull(country, "country");
        Objects.requireNonNull(qualifier, "qualifier");
        Objects.requireNonNull(provenance, "provenance");
        if (count < 0) {
            throw new IllegalArgumentException("negative troop count " + count);
        }
    }

    /** "up to 250", "about 200", "from more than 800 down to about 500", "from about 500 to up to 4000". */
    public String valueText() {
        String to = (qualifier.phrase() + " " + count).strip();
        if (fromCount == null) {
            return to;
        }
        String from = ((fromQualifier == null ? "" : fromQualifier.phrase()) + " " + fromCount).strip();
        // "up to" after a rise would read "up to up to 4000" when the new figure is itself a ceiling.
        String direction = fromCount > count ? " down to " : qualifier == CountQualifier.UP_TO ? " to " : " up to ";
        return "from " + from + direction + to;
    }

    @Override
    public List<EntityRef> participants() {
        List<EntityRef> all = new ArrayList<>(List.of(country));
        if (mission != null) {
            all.add(mission);
        }
        return List.copyOf(all);
    }

    @Override
    public String kind() {
        return "troops";
    }
}
