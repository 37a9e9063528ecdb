package org.missionkg.extract;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.missionkg.model.EntityRef;
import org.missionkg.reference.GazetteerMatch;

/**
 * Where the article names each mission, by body offset and paragraph: what "the coalition",
 * "the brigade" or a sentence that names no mission means at a given place in the text. Fixed
 * once the gazetteer has scanned the body; split from {@link ArticleContext}, whose reading state
 * changes sentence by sentence, so these lookups can be built and tested without reading.
 */
final class MissionMentions {
    private static final Pattern PARAGRAPH_BREAK = Pattern.compile("\\n[ \\t\\u00a0]*\\n");

    /** The missions named in the body (not phrases such as "the mission"), in text order. */
    private final List<GazetteerMatch> namedMissions;
    /** Where each paragraph of the body starts (after a blank line), in order. */
    private final int[] paragraphStarts;

    private MissionMentions(List<GazetteerMatch> namedMissions, int[] paragraphStarts) {
        this.namedMissions = namedMissions;
        this.paragraphStarts = paragraphStarts;
    }

    /** The missions among the body's gazetteer matches, and the body's paragraph starts (a null body: one paragraph). */
    static MissionMentions of(List<GazetteerMatch> bodyMatches, String body) {
        List<Integer> starts = new ArrayList<>(List.of(0));
        Matcher br = PARAGRAPH_BREAK.matcher(body == null ? "" : body);
        while (br.find()) {
            starts.add(br.end());
        }
        return new MissionMentions(
                bodyMatches.stream().filter(m -> m.category() == GazetteerMatch.Category.MISSION).toList(),
                starts.stream().mapToInt(Integer::intValue).toArray());
    }

    /**
     * The mission "the coalition" at this body offset means: the one the article names as a
     * coalition ("the U.S.-led coalition", "the coalition's mission"), the last before it, else
     * the first after it; null when the article names no mission so.
     */
    EntityRef coalitionMission(int offset) {
        EntityRef before = null;
        EntityRef after = null;
        for (GazetteerMatch m : namedMissions) {
            if (!m.surface().toLowerCase(Locale.ROOT).contains("coalition")) {
                continue;
            }
            if (m.start() < offset) {
                before = m.entity();
            } else if (after == null) {
                after = m.entity();
            }
        }
        return before != null ? before : after;
    }

    /**
     * The mission named last before {@code offset} anywhere in the article whose name holds one of
     * {@code heads} ("the brigade" after "Multinational Brigade Latvia"), or null.
     */
    EntityRef lastMissionNamedWith(int offset, String... heads) {
        // as words: "the unit" is no "United Nations ..." mission
        List<Pattern> words = Arrays.stream(heads)
                .map(h -> Pattern.compile("\\b" + Pattern.quote(h) + "\\b")).toList();
        EntityRef last = null;
        for (GazetteerMatch m : namedMissions) {
            String label = m.entity().label().toLowerCase(Locale.ROOT);
            if (m.start() < offset && words.stream().anyMatch(w -> w.matcher(label).find())) {
                last = m.entity();
            }
        }
        return last;
    }

    /**
     * The one mission named anywhere in the article whose name holds {@code word} ("the bloc's
     * training mission" in a story that names both EUTM Mozambique and its successor EUMAM), or
     * null when none or several do.
     */
    EntityRef onlyMissionNamedWith(String word) {
        Set<EntityRef> found = new LinkedHashSet<>();
        for (GazetteerMatch m : namedMissions) {
            if (Arrays.asList(m.entity().label().toLowerCase(Locale.ROOT).split("\\W+")).contains(word)) {
                found.add(m.entity());
            }
        }
        return found.size() == 1 ? found.iterator().next() : null;
    }

    /** The first mission named anywhere in the article that passes the test, or null. */
    EntityRef namedWhere(Predicate<EntityRef> test) {
        return namedMissions.stream().map(GazetteerMatch::entity).filter(e -> e != null && test.test(e)).findFirst().orElse(null);
    }

    /** The last mission named before {@code offset} anywhere in the article, or null; {@code natoOnly} as below. */
    EntityRef lastNamedBefore(int offset, boolean natoOnly) {
        return nearestNamed(offset, 0, Integer.MAX_VALUE, false, nato(natoOnly));
    }

    /** Whether the article names this mission before {@code offset}. */
    boolean namedBefore(EntityRef mission, int offset) {
        return namedMissions.stream().anyMatch(m -> m.start() < offset && mission.equals(m.entity()));
    }

    /** The last mission named before {@code offset} that passes the test, else the first after it, else null. */
    EntityRef missionNear(int offset, Predicate<EntityRef> test) {
        return nearestNamed(offset, 0, Integer.MAX_VALUE, true, test);
    }

    /**
     * The force a "force commander" at this offset commands when the sentence's mission is a national one
     * ("The force commander, Lieutenant General X of India, has asked the unit to ..."): the nearest mission
     * no one country runs, if the article names one; else the given mission.
     */
    EntityRef forceOf(EntityRef mission, int offset, Predicate<EntityRef> national) {
        if (mission == null || !national.test(mission)) {
            return mission;
        }
        EntityRef force = missionNear(offset, national.negate());
        return force != null ? force : mission;
    }

    /**
     * The mission that a sentence or phrase at this body offset speaks of when it does not name
     * one: the mission named last before it in the same paragraph, else, when {@code laterToo},
     * the first one named after it in that paragraph ("Canada brought 60 personnel home. They
     * had served under Operation IMPACT."); null when the paragraph names none, and the caller
     * falls back on the focus. Articles that cover several missions (weekly briefs, explainers,
     * "NATO Mission Iraq, a separate mission, …") name each in its own paragraph.
     * {@code natoOnly}: only a mission with NATO in its name ("the alliance's mission").
     */
    EntityRef paragraphMission(int offset, boolean laterToo, boolean natoOnly) {
        int from = 0;
        int to = Integer.MAX_VALUE;
        for (int st : paragraphStarts) {
            if (st <= offset) {
                from = st;
            } else {
                to = st;
                break;
            }
        }
        return nearestNamed(offset, from, to, laterToo, nato(natoOnly));
    }

    /** Any mission, or with {@code natoOnly} only one with NATO in its name. */
    private static Predicate<EntityRef> nato(boolean natoOnly) {
        return m -> !natoOnly || m.label().toLowerCase(Locale.ROOT).contains("nato");
    }

    /**
     * Of the missions named in {@code [from, to)} that pass the test: the last one named before
     * {@code offset}, else (when {@code laterToo}) the first one after it, else null.
     */
    private EntityRef nearestNamed(int offset, int from, int to, boolean laterToo,
                                   Predicate<EntityRef> test) {
        EntityRef before = null;
        EntityRef after = null;
        for (GazetteerMatch m : namedMissions) {
            if (m.start() < from || m.start() >= to || !test.test(m.entity())) {
                continue;
            }
            if (m.start() < offset) {
                before = m.entity();
            } else if (after == null) {
                after = m.entity();
            }
        }
        return before != null ? before : laterToo ? after : null;
    }

}
