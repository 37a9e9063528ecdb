package org.missionkg.resolve;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.missionkg.model.EntityRef;
import org.missionkg.reference.Gazetteer;
import org.missionkg.reference.GazetteerMatch;
import org.missionkg.vocab.Iris;

/**
 * Settles a short mission name by where the story is. "The Joint Peacekeeping Forces" is the gazetteer's
 * name for the force on the Dniester, but forces of that name kept the ceasefires in Transnistria and in
 * South Ossetia in the same years, so {@link MissionsInTime} cannot tell them apart: in a story that names
 * Georgia and never Moldova, they are the South Ossetian ones. A mission gives way only when the article
 * names none of its host countries, and only to the one namesake ("Joint Peacekeeping Forces in South
 * Ossetia") whose host it does name.
 */
final class MissionsInPlace {
    private final Gazetteer gazetteer;

    private MissionsInPlace(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    static MissionsInPlace over(Gazetteer gazetteer) {
        return new MissionsInPlace(gazetteer);
    }

    List<GazetteerMatch> settle(List<GazetteerMatch> matches) {
        Set<EntityRef> named = matches.stream()
                .filter(m -> m.category() == GazetteerMatch.Category.COUNTRY || m.category() == GazetteerMatch.Category.DEMONYM)
                .map(GazetteerMatch::entity).filter(java.util.Objects::nonNull).collect(Collectors.toSet());
        if (named.isEmpty()) {
            return matches;
        }
        List<GazetteerMatch> out = new ArrayList<>(matches.size());
        for (GazetteerMatch m : matches) {
            EntityRef there = m.category() == GazetteerMatch.Category.MISSION ? namesakeHere(m, named) : null;
            out.add(there == null ? m
                    : new GazetteerMatch(m.start(), m.end(), m.surface(), m.category(), Iris.entity(there), there.label(), there));
        }
        return out;
    }

    /** The one namesake of this match's mission whose host the article names, when it names none of the mission's own. */
    private EntityRef namesakeHere(GazetteerMatch m, Set<EntityRef> named) {
        List<EntityRef> namesakes = gazetteer.missionsNamedInFullAs(m.surface()).stream()
                .filter(n -> !n.equals(m.entity())).toList();
        if (namesakes.isEmpty() || hostNamed(m.entity(), named)) {
            return null;
        }
        List<EntityRef> here = namesakes.stream().filter(n -> hostNamed(n, named)).toList();
        return here.size() == 1 ? here.get(0) : null;
    }

    private boolean hostNamed(EntityRef mission, Set<EntityRef> named) {
        return gazetteer.hostCountries(mission).stream().anyMatch(named::contains);
    }
}
