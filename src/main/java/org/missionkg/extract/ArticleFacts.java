package org.missionkg.extract;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.missionkg.model.EntityRef;
import org.missionkg.reference.GazetteerMatch;

/**
 * What is fixed about an article before the extractor reads a sentence of it: its id and
 * publication date, what it is about (the mission, NATO mission, task force and organisation
 * in focus, the country it is told from), the countries it names, and where it names each
 * mission ({@link MissionMentions}). Worked out once from the gazetteer's matches; split from
 * {@link ArticleContext}, which keeps what changes as the article is read.
 */
final class ArticleFacts {
    private final String articleId;
    private final LocalDate published;
    private final EntityRef focusMission;
    private final EntityRef focusNatoMission;
    private final EntityRef focusCountry;
    private final int focusCountryWeight;
    private final EntityRef focusOrganization;
    private final EntityRef focusTaskForce;
    /** A description in apposition right after a mission's name that calls it a task force. */
    private static final java.util.regex.Pattern CALLED_A_TASK_FORCE = java.util.regex.Pattern.compile(
            "\\s*,\\s+(?:the|a|an)\\s+(?:[\\w-]+\\s+){0,4}?task\\s+force\\b");
    private final Set<EntityRef> namedCountries;
    private final MissionMentions missions;

    /** An article with this focus that names no mission or country in its text (for tests that build one by hand). */
    ArticleFacts(String articleId, LocalDate published, EntityRef focusMission, EntityRef focusNatoMission,
                 EntityRef focusCountry, int focusCountryWeight, EntityRef focusOrganization,
                 EntityRef focusTaskForce) {
        this(articleId, published, focusMission, focusNatoMission, focusCountry, focusCountryWeight,
                focusOrganization, focusTaskForce, Set.of(), MissionMentions.of(List.of(), ""));
    }

    private ArticleFacts(String articleId, LocalDate published, EntityRef focusMission, EntityRef focusNatoMission,
                         EntityRef focusCountry, int focusCountryWeight, EntityRef focusOrganization,
                         EntityRef focusTaskForce, Set<EntityRef> namedCountries, MissionMentions missions) {
        this.articleId = articleId;
        this.published = published;
        this.focusMission = focusMission;
        this.focusNatoMission = focusNatoMission;
        this.focusCountry = focusCountry;
        this.focusCountryWeight = focusCountryWeight;
        this.focusOrganization = focusOrganization;
        this.focusTaskForce = focusTaskForce;
        this.namedCountries = namedCountries;
        this.missions = missions;
    }

    /** Words just before a mission's name that make it the one the story's mission follows. */
    private static final Pattern PREDECESSOR_BEFORE = Pattern.compile(
            "(?i)\\b(?:predecessor|replac(?:ed|es|ing)|succeed(?:ed|s|ing)|(?:took|taking|taken|takes)\\s+over\\s+from)"
                    + ",?\\s+(?:the\\s+)?$");

    /**
     * Whether the name at {@code at} in {@code text} is told as the one the story's mission follows
     * ("its predecessor, EUPOL Kinshasa", "taking over from X", "replaced X").
     */
    static boolean namedAsPredecessor(String text, int at) {
        return at >= 0 && at <= text.length() && PREDECESSOR_BEFORE.matcher(text.substring(Math.max(0, at - 40), at)).find();
    }

    /**
     * Works out the focus from every gazetteer match in the article (title counted twice):
     * the mission named most often; the NATO mission named most often; the country named
     * most often apart from the one the focus mission is in ("NATO Mission Iraq" is hosted by
     * Iraq; the article's point of view is another country's).
     */
    static ArticleFacts of(String articleId, LocalDate published, List<GazetteerMatch> titleMatches,
                           List<GazetteerMatch> bodyMatches, String body) {
        return of(articleId, published, titleMatches, Set.of(), bodyMatches, body);
    }

    /** As above; of the missions named most, the one the title names ({@code titleMissions}) is the focus. */
    static ArticleFacts of(String articleId, LocalDate published, List<GazetteerMatch> titleMatches,
                           Set<EntityRef> titleMissions, List<GazetteerMatch> bodyMatches, String body) {
        Map<EntityRef, Integer> missions = new LinkedHashMap<>();
        Map<EntityRef, Integer> countries = new LinkedHashMap<>();
        List<GazetteerMatch> all = new ArrayList<>(titleMatches);
        all.addAll(titleMatches);
        all.addAll(bodyMatches);
        Map<EntityRef, Integer> taskForces = new LinkedHashMap<>();
        for (GazetteerMatch m : all) {
            if (m.category() == GazetteerMatch.Category.MISSION) {
                // A mission named by its name ("Operation IMPACT") counts more than one met
                // under a description ("the US-led coalition"): ties go to the named one.
                missions.merge(m.entity(), m.byName() ? 2 : 1, Integer::sum);
                // "Combined Task Force 154", and its code "CTF 154", whose name says what it is; not a description
                // ("French artillery task force leaves Iraq", read as the operation it belongs to)
                if (m.surface().matches("(?s).*\\b(?:Task\\s*-?\\s*Force|TASK\\s*-?\\s*FORCE)\\b.*")
                        || m.label() != null && m.label().toLowerCase(Locale.ROOT).matches(".*\\btask\\s+force\\b.*")) {
                    taskForces.merge(m.entity(), 1, Integer::sum);
                }
            }
        }
        for (GazetteerMatch m : bodyMatches) {
            // One named as what the story's mission follows ("its predecessor, EUPOL Kinshasa", "taking
            // over from X") is background in a story about its successor: that mention does not count.
            if (m.category() == GazetteerMatch.Category.MISSION && namedAsPredecessor(body, m.start())) {
                missions.merge(m.entity(), m.byName() ? -2 : -1, Integer::sum);
            }
            // "Operation Safe Haven, the joint military task force responsible for ...": the name the
            // article then calls "the task force".
            if (m.category() == GazetteerMatch.Category.MISSION && m.end() <= body.length()
                    && CALLED_A_TASK_FORCE.matcher(body).region(m.end(), Math.min(body.length(), m.end() + 80)).lookingAt()) {
                taskForces.merge(m.entity(), 1, Integer::sum);
            }
        }
        // The point-of-view country: named often, as an actor ("Canada", "Canadian troops"),
        // not as the place things happen in ("in Iraq", "across Iraq, Kuwait and Jordan"); a
        // demonym is an adjective ("speaking to Danish reporters") and a possessive an owner
        // ("belong to Canada's wider effort"), never a place. The title
        // ("Second Danish commander for …") says most about whose story it is.
        Map<EntityRef, Integer> organizations = new LinkedHashMap<>();
        for (GazetteerMatch m : titleMatches) {
            if (m.category() == GazetteerMatch.Category.COUNTRY || m.category() == GazetteerMatch.Category.DEMONYM) {
                countries.merge(m.entity(), 3, Integer::sum);
            }
        }
        GazetteerMatch previous = null;
        int previousScore = 0;
        for (GazetteerMatch m : bodyMatches) {
            if (m.category() == GazetteerMatch.Category.ORGANIZATION && m.entity() != null) {
                organizations.merge(m.entity(), 1, Integer::sum);
            }
            if (m.category() == GazetteerMatch.Category.COUNTRY || m.category() == GazetteerMatch.Category.DEMONYM) {
                String before = body.substring(Math.max(0, m.start() - 12), m.start()).toLowerCase(Locale.ROOT);
                boolean demonym = m.category() == GazetteerMatch.Category.DEMONYM;
                int score = demonym ? 2 : 1;
                if (!demonym && previous != null && previous.category() == GazetteerMatch.Category.COUNTRY
                        && body.substring(previous.end(), m.start()).matches(",?\\s+(and\\s+|or\\s+)?|,\\s*")) {
                    score = previousScore; // the rest of a list reads as its first item
                } else if (!demonym && !body.startsWith("'s", m.end()) && !body.startsWith("’s", m.end())
                        && before.matches("(?s).*\\b(in|into|across|throughout|to|from|of)\\s+(the\\s+)?$")) {
                    score = -2;
                }
                countries.merge(m.entity(), score, Integer::sum);
                previous = m;
                previousScore = score;
            }
        }
        EntityRef mission = top(missions, null);
        for (Map.Entry<EntityRef, Integer> e : missions.entrySet()) {
            if (mission != null && titleMissions.contains(e.getKey()) && !titleMissions.contains(mission)
                    && e.getValue().equals(missions.get(mission))) {
                mission = e.getKey();
            }
        }
        EntityRef nato = top(missions, "nato");
        String host = mission == null ? "" : mission.label().toLowerCase(Locale.ROOT);
        Map<EntityRef, Integer> guests = new LinkedHashMap<>();
        countries.forEach((c, n) -> {
            if (!host.contains(c.label().toLowerCase(Locale.ROOT))) {
                guests.put(c, n);
            }
        });
        // The organisation an untitled "Secretary General" belongs to: the one the mission's
        // name starts with ("NATO Mission Iraq"), else the one named most of those that give
        // a mission named in the article its name; never just any body named often.
        EntityRef organization = null;
        Map<EntityRef, Integer> missionOwners = new LinkedHashMap<>();
        for (EntityRef o : organizations.keySet()) {
            String l = o.label().toLowerCase(Locale.ROOT) + " ";
            if (host.startsWith(l)) {
                organization = o;
            }
            if (missions.keySet().stream().anyMatch(x -> x.label().toLowerCase(Locale.ROOT).startsWith(l))) {
                missionOwners.put(o, organizations.get(o));
            }
        }
        if (organization == null) {
            organization = top(missionOwners, null);
        }
        EntityRef pov = top(guests, null);
        Set<EntityRef> namedCountries = all.stream().filter(m -> m.category() == GazetteerMatch.Category.COUNTRY
                || m.category() == GazetteerMatch.Category.DEMONYM).map(GazetteerMatch::entity)
                .filter(Objects::nonNull).collect(Collectors.toSet());
        return new ArticleFacts(articleId, published, mission, nato, pov, pov == null ? 0 : guests.get(pov),
                organization, top(taskForces, null), namedCountries, MissionMentions.of(bodyMatches, body));
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

    /**
     * How clearly the article is told from {@link #focusCountry()}'s side: its actor mentions
     * (a demonym or a title mention counts more) less its mentions as a place.
     */
    int focusCountryWeight() {
        return focusCountryWeight;
    }

    /** The organisation the article is about (for an office named without one), or null. */
    EntityRef focusOrganization() {
        return focusOrganization;
    }

    /** The mission "the task force" means: one the article names by a task force's name, or null. */
    EntityRef focusTaskForce() {
        return focusTaskForce;
    }

    /** Whether the article names this country (or its people) anywhere. */
    boolean namesCountry(EntityRef country) {
        return namedCountries.contains(country);
    }

    /** Where the article names each mission. */
    MissionMentions missions() {
        return missions;
    }
}
