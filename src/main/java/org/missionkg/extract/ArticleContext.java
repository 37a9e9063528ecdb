package org.missionkg.extract;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.missionkg.map.Iris;
import org.missionkg.model.EntityKind;
import org.missionkg.model.EntityRef;
import org.missionkg.resolve.GazetteerMatch;

/**
 * What the extractor knows about the article as it reads it: the publication date, the
 * mission in focus (what "the mission" means), the people named so far (so that "Sajjan"
 * after "Harjit Sajjan" is the same person), and the country the article is told from.
 */
final class ArticleContext {
    private final String articleId;
    private final LocalDate published;
    private final EntityRef focusMission;
    private final EntityRef focusNatoMission;
    private final EntityRef focusCountry;
    /** The missions named in the body (not phrases such as "the mission"), in text order. */
    private List<GazetteerMatch> namedMissions = List.of();
    /** Where each paragraph of the body starts (after a blank line), in order. */
    private int[] paragraphStarts = {0};
    private final Map<String, EntityRef> peopleBySurname = new HashMap<>();
    private final Map<String, String> rankByPerson = new HashMap<>();
    private final Map<String, EntityRef> roleOrganization = new HashMap<>();
    private EntityRef lastPerson;

    ArticleContext(String articleId, LocalDate published, EntityRef focusMission, EntityRef focusNatoMission,
                   EntityRef focusCountry) {
        this.articleId = articleId;
        this.published = published;
        this.focusMission = focusMission;
        this.focusNatoMission = focusNatoMission;
        this.focusCountry = focusCountry;
    }

    /**
     * Works out the focus from every gazetteer match in the article (title counted twice):
     * the mission named most often; the NATO mission named most often; the country named
     * most often apart from the one the focus mission is in ("NATO Mission Iraq" is hosted by
     * Iraq; the article's point of view is another country's).
     */
    static ArticleContext of(String articleId, LocalDate published, List<GazetteerMatch> titleMatches,
                             List<GazetteerMatch> bodyMatches, String body) {
        Map<EntityRef, Integer> missions = new LinkedHashMap<>();
        Map<EntityRef, Integer> countries = new LinkedHashMap<>();
        List<GazetteerMatch> all = new ArrayList<>(titleMatches);
        all.addAll(titleMatches);
        all.addAll(bodyMatches);
        for (GazetteerMatch m : all) {
            if (m.category() == GazetteerMatch.Category.MISSION) {
                // A mission named by its name ("Operation IMPACT") counts more than one met
                // under a description ("the US-led coalition"): ties go to the named one.
                missions.merge(m.entity(), m.surface().equalsIgnoreCase(m.label()) ? 2 : 1, Integer::sum);
            }
        }
        // The point-of-view country: named often, as an actor ("Canada", "Canadian troops"),
        // not as the place things happen in ("in Iraq").
        for (GazetteerMatch m : bodyMatches) {
            if (m.category() == GazetteerMatch.Category.COUNTRY || m.category() == GazetteerMatch.Category.DEMONYM) {
                String before = body.substring(Math.max(0, m.start() - 12), m.start()).toLowerCase(Locale.ROOT);
                int score = m.category() == GazetteerMatch.Category.DEMONYM ? 2 : 1;
                if (before.matches("(?s).*\\b(in|into|across|throughout|to|from|of)\\s+(the\\s+)?$")) {
                    score = -2;
                }
                countries.merge(m.entity(), score, Integer::sum);
            }
        }
        EntityRef mission = top(missions, null);
        EntityRef nato = top(missions, "nato");
        String host = mission == null ? "" : mission.label().toLowerCase(Locale.ROOT);
        Map<EntityRef, Integer> guests = new LinkedHashMap<>();
        countries.forEach((c, n) -> {
            if (!host.contains(c.label().toLowerCase(Locale.ROOT))) {
                guests.put(c, n);
            }
        });
        ArticleContext ctx = new ArticleContext(articleId, published, mission, nato, top(guests, null));
        ctx.namedMissions = bodyMatches.stream().filter(m -> m.category() == GazetteerMatch.Category.MISSION).toList();
        List<Integer> starts = new ArrayList<>(List.of(0));
        java.util.regex.Matcher br = PARAGRAPH_BREAK.matcher(body == null ? "" : body);
        while (br.find()) {
            starts.add(br.end());
        }
        ctx.paragraphStarts = starts.stream().mapToInt(Integer::intValue).toArray();
        return ctx;
    }

    private static final java.util.regex.Pattern PARAGRAPH_BREAK = java.util.regex.Pattern.compile("\\n[ \\t\\u00a0]*\\n");

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
        EntityRef before = null;
        EntityRef after = null;
        for (GazetteerMatch m : namedMissions) {
            if (m.start() < from || m.start() >= to
                    || natoOnly && !m.entity().label().toLowerCase(Locale.ROOT).contains("nato")) {
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

    private static EntityRef top(Map<EntityRef, Integer> counts, String labelMustContain) {
        EntityRef best = null;
        int bestN = 0;
        for (Map.Entry<EntityRef, Integer> e : counts.entrySet()) {
            if (labelMustContain != null && !e.getKey().label().toLowerCase(Locale.ROOT).contains(labelMustContain)) {
                continue;
            }
            if (e.getValue() > bestN) {
                best = e.getKey();
                bestN = e.getValue();
            }
        }
        return best;
    }

    String articleId() {
        return articleId;
    }

    LocalDate published() {
        return published;
    }

    /** The mission "the mission" means here, or null when the article names none. */
    EntityRef focusMission() {
        return focusMission;
    }

    /** The mission "the NATO mission" or "the alliance's mission" means here. */
    EntityRef focusNatoMission() {
        return focusNatoMission != null ? focusNatoMission : focusMission;
    }

    EntityRef focusCountry() {
        return focusCountry;
    }

    EntityRef lastPerson() {
        return lastPerson;
    }

    String knownRank(EntityRef person) {
        return rankByPerson.get(person.key());
    }

    /**
     * The person a name refers to: a surname alone is the full name met before it; a full
     * name is registered for later. One name, one key, in every article.
     */
    EntityRef person(String name, String rank) {
        String clean = name.replaceAll("['’]s$", "").replaceAll("[\\s,.;:]+$", "").strip();
        String[] parts = clean.split("\\s+");
        String surname = parts[parts.length - 1].toLowerCase(Locale.ROOT);
        EntityRef ref;
        if (parts.length == 1 && peopleBySurname.containsKey(surname)) {
            ref = peopleBySurname.get(surname);
        } else {
            ref = new EntityRef(EntityKind.PERSON, Iris.slug(clean), clean);
            if (parts.length > 1) {
                peopleBySurname.putIfAbsent(surname, ref);
            }
        }
        if (rank != null) {
            rankByPerson.put(ref.key(), rank);
        }
        lastPerson = ref;
        return ref;
    }

    /** The organisation or country this person was said to hold this role in, earlier in the article. */
    EntityRef knownOrganization(EntityRef person, String role) {
        return roleOrganization.get(person.key() + "|" + role);
    }

    void rememberRole(EntityRef person, String role, EntityRef organization) {
        roleOrganization.putIfAbsent(person.key() + "|" + role, organization);
    }

    /** True when this single word is the surname of someone already named. */
    boolean isKnownSurname(String word) {
        return peopleBySurname.containsKey(word.toLowerCase(Locale.ROOT));
    }
}
