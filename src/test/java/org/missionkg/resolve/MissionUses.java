package org.missionkg.resolve;

import java.util.List;
import org.missionkg.reference.GazetteerMatch;

/** How the resolver tests print what a resolver found: each mission match as "surface -> label", in text order. */
final class MissionUses {
    private MissionUses() {
    }

    static List<String> of(List<GazetteerMatch> matches) {
        return matches.stream()
                .filter(m -> m.category() == GazetteerMatch.Category.MISSION)
                .map(m -> m.surface() + " -> " + m.label()).toList();
    }
}
