package org.missionkg.resolve;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.missionkg.model.EntityRef;
import org.missionkg.reference.Gazetteer;
import org.missionkg.reference.GazetteerMatch;
import org.missionkg.reference.MissionNames;

/**
 * A task force the gazetteer does not list, named further down a story whose headline or lede names another mission
 * (or, when they name none, whose first-named mission is another), is that mission's force: "Four howitzers and
 * about 150 gunners of Task Force Wagram" in a story on Operation Chammal, "Joint Task Force North, which directs
 * Operation Nanook", "Task Group Taji" in a story on Operation Okra, "The Joint Task Force Ukraine is commanded by"
 * in a story whose second paragraph names Operation Unifier.
 * Its uses become the story's mission, as {@link FormationNames} reads a formation named beside a mission. A task force
 * the headline or lede names is the story's own mission and stays one; so does one the gazetteer lists (Combined Task
 * Force 151 is a mission of its own whatever story names it).
 */
final class ComponentTaskForces {
    /** A task force's or task group's name by its shape ("Joint Task Force North", "Task Force Air Iceland"). */
    private static final Pattern TASK_FORCE = Pattern.compile("\\bTask\\s+(?:Force|Group)\\b");

    private ComponentTaskForces() {
    }

    /** The matches with each such task force's uses made the story's mission's. */
    static List<GazetteerMatch> fold(String text, List<GazetteerMatch> matches, Gazetteer gazetteer) {
        int ledeEnd = MissionNames.ledeEnd(text);
        // the story's mission: the first the headline or lede names, else (a lede that names none: "Canadian
        // instructors began their first courses on Monday") the first the story names at all
        GazetteerMatch story = matches.stream().filter(g -> g.category() == GazetteerMatch.Category.MISSION
                && g.entity() != null && !TASK_FORCE.matcher(g.entity().label()).find())
                .findFirst().orElse(null);
        if (story == null) {
            return matches;
        }
        // what the headline and lede name, read once: a task force among them is the story's own
        Set<EntityRef> inLede = matches.stream().filter(h -> h.start() < ledeEnd && h.entity() != null)
                .map(GazetteerMatch::entity).collect(Collectors.toSet());
        Map<EntityRef, GazetteerMatch> statedParts = statedParts(text, matches, gazetteer);
        List<GazetteerMatch> out = new ArrayList<>(matches.size());
        for (GazetteerMatch g : matches) {
            EntityRef e = g.entity();
            GazetteerMatch whole = e == null ? null : statedParts.get(e);
            boolean component = whole == null && g.category() == GazetteerMatch.Category.MISSION && e != null
                    && !e.equals(story.entity()) && !inLede.contains(e) && TASK_FORCE.matcher(e.label()).find()
                    && unlisted(e, gazetteer);
            GazetteerMatch to = whole != null ? whole : component ? story : null;
            out.add(to != null ? new GazetteerMatch(g.start(), g.end(), g.surface(), g.category(), to.iri(), to.label(),
                    to.entity()) : g);
        }
        return out;
    }

    /**
     * What a sentence says a task force is the national part of: "Task Force Jerusalem is the Canadian contingent
     * deployed on Operation JADE", "Task Force X, the Irish contribution to Operation Y". Said outright, it holds
     * wherever the story names the task force, its headline and lede too.
     */
    private static final Pattern PART_OF = Pattern.compile("^(?:,|\\s+is)\\s+(?:the|a|its)\\s+[^.;:!?]{0,60}?\\b(?:contingent|"
            + "contribution|component|element|detachment)\\b[^.;:!?]{0,40}?\\b(?:on|to|of|in|under|for)\\s+(?:the\\s+)?$");

    private static Map<EntityRef, GazetteerMatch> statedParts(String text, List<GazetteerMatch> matches,
            Gazetteer gazetteer) {
        Map<EntityRef, GazetteerMatch> out = new HashMap<>();
        for (int i = 0; i + 1 < matches.size(); i++) {
            GazetteerMatch part = matches.get(i);
            if (part.category() != GazetteerMatch.Category.MISSION || part.entity() == null
                    || !TASK_FORCE.matcher(part.entity().label()).find() || !unlisted(part.entity(), gazetteer)) {
                continue;
            }
            // the next mission named after it (a country's adjective, "the Canadian contingent", may come between)
            int j = i + 1;
            while (j + 1 < matches.size() && matches.get(j).category() != GazetteerMatch.Category.MISSION) {
                j++;
            }
            GazetteerMatch whole = matches.get(j);
            if (whole.category() != GazetteerMatch.Category.MISSION || whole.entity() == null
                    || whole.entity().equals(part.entity()) || TASK_FORCE.matcher(whole.entity().label()).find()
                    || whole.start() < part.end()) {
                continue;
            }
            if (PART_OF.matcher(text.substring(part.end(), whole.start())).find()) {
                out.putIfAbsent(part.entity(), whole);
            }
        }
        return out;
    }

    private static boolean unlisted(EntityRef mission, Gazetteer gazetteer) {
        return gazetteer.lookup(mission.label()).filter(g -> g.category() == GazetteerMatch.Category.MISSION).isEmpty();
    }
}
