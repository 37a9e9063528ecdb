package org.missionkg.resolve;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.missionkg.reference.GazetteerMatch;

/**
 * A description of a mission followed by a mission's name in apposition is that named mission: "A separate U.S.-led
 * coalition, Operation Prosperity Guardian, was set up in December" is no story of the coalition the gazetteer knows
 * by that description (Operation Inherent Resolve), and "the UN mission, MONUSCO," is MONUSCO whichever UN mission
 * the description alone would be. The name, not the description, says which.
 */
final class NamedDescriptions {
    /** Between the description and the name: a comma, or an opening bracket. */
    private static final Pattern APPOSITION = Pattern.compile("\\s*(?:,|\\()\\s*");

    private NamedDescriptions() {
    }

    /**
     * The matches with each description that a name stands in apposition to made one match of that name's mission,
     * spanning both (one mention, so that the story's focus counts it once).
     */
    static List<GazetteerMatch> settle(String text, List<GazetteerMatch> matches) {
        List<GazetteerMatch> out = new ArrayList<>(matches);
        for (int i = 0; i + 1 < out.size(); i++) {
            GazetteerMatch described = out.get(i);
            GazetteerMatch named = out.get(i + 1);
            if (described.category() != GazetteerMatch.Category.MISSION || named.category() != GazetteerMatch.Category.MISSION
                    || described.entity() == null || named.entity() == null || described.entity().equals(named.entity())
                    || described.byName() || !named.byName() || named.start() < described.end()
                    || !APPOSITION.matcher(text.substring(described.end(), named.start())).matches()) {
                continue;
            }
            // one mention of the named mission, description and name together, as the sentence uses them
            out.set(i, named.over(text, described.start(), named.end()));
            out.remove(i + 1);
        }
        return out;
    }
}
