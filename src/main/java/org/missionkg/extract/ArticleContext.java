package org.missionkg.extract;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.missionkg.model.EntityKind;
import org.missionkg.model.EntityRef;
import org.missionkg.reference.GazetteerMatch;
import org.missionkg.vocab.Iris;

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
    private final int focusCountryWeight;
    private final EntityRef focusOrganization;
    private final EntityRef focusTaskForce;
    private final Map<String, EntityRef> peopleByName = new HashMap<>();
    /** The first word of each two-word name, for a lone name that is no known surname. */
    private final Map<String, EntityRef> firstWords = new HashMap<>();
    /** The missions named in the body (not phrases such as "the mission"), in text order. */
    private List<GazetteerMatch> namedMissions = List.of();
    private java.util.Set<EntityRef> namedCountries = java.util.Set.of();
    /** Where each paragraph of the body starts (after a blank line), in order. */
    private int[] paragraphStarts = {0};
    private final Map<String, String> rankByPerson = new HashMap<>();
    private final Map<String, EntityRef> roleOrganization = new HashMap<>();
    private EntityRef recentMission;
    private EntityRef lastGovernment;
    private final java.util.Set<String> civilianPosts = new java.util.HashSet<>();
    private EntityRef recentCountry;
    private EntityRef sentencePerson;
    private org.missionkg.model.FuzzyDate explicitDate;

    ArticleContext(String articleId, LocalDate published, EntityRef focusMission, EntityRef focusNatoMission,
                   EntityRef focusCountry, int focusCountryWeight, EntityRef focusOrganization,
                   EntityRef focusTaskForce) {
        this.articleId = articleId;
        this.published = published;
        this.focusMission = focusMission;
        this.focusNatoMission = focusNatoMission;
        this.focusCountry = focusCountry;
        this.focusCountryWeight = focusCountryWeight;
        this.focusOrganization = focusOrganization;
        this.focusTaskForce = focusTaskForce;
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
        Map<EntityRef, Integer> taskForces = new LinkedHashMap<>();
        for (GazetteerMatch m : all) {
            if (m.category() == GazetteerMatch.Category.MISSION) {
                // A mission named by its name ("Operation IMPACT") counts more than one met
                // under a description ("the US-led coalition"): ties go to the named one.
                missions.merge(m.entity(), m.surface().equalsIgnoreCase(m.label()) ? 2 : 1, Integer::sum);
                if (m.surface().toLowerCase(Locale.ROOT).matches("(?s).*\\btask\\s*-?\\s*force\\b.*")) {
                    taskForces.merge(m.entity(), 1, Integer::sum);
                }
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
        ArticleContext ctx = new ArticleContext(articleId, published, mission, nato, pov,
                pov == null ? 0 : guests.get(pov), organization, top(taskForces, null));
        ctx.namedMissions = bodyMatches.stream().filter(m -> m.category() == GazetteerMatch.Category.MISSION).toList();
        ctx.namedCountries = all.stream().filter(m -> m.category() == GazetteerMatch.Category.COUNTRY
                || m.category() == GazetteerMatch.Category.DEMONYM).map(GazetteerMatch::entity)
                .filter(java.util.Objects::nonNull).collect(java.util.stream.Collectors.toSet());
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
    /**
     * The mission named last before {@code offset} anywhere in the article whose name holds one of
     * {@code heads} ("the brigade" after "Multinational Brigade Latvia"), or null.
     */
    EntityRef lastMissionNamedWith(int offset, String... heads) {
        EntityRef last = null;
        for (GazetteerMatch m : namedMissions) {
            String label = m.entity().label().toLowerCase(Locale.ROOT);
            if (m.start() < offset && java.util.Arrays.stream(heads).anyMatch(label::contains)) {
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
        java.util.Set<EntityRef> found = new java.util.LinkedHashSet<>();
        for (GazetteerMatch m : namedMissions) {
            if (java.util.Arrays.asList(m.entity().label().toLowerCase(Locale.ROOT).split("\\W+")).contains(word)) {
                found.add(m.entity());
            }
        }
        return found.size() == 1 ? found.iterator().next() : null;
    }

    /** The last mission named before {@code offset} that passes the test, else the first after it, else null. */
    EntityRef missionNear(int offset, java.util.function.Predicate<EntityRef> test) {
        return nearestNamed(offset, 0, Integer.MAX_VALUE, true, test);
    }

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
        return nearestNamed(offset, from, to, laterToo,
                m -> !natoOnly || m.label().toLowerCase(Locale.ROOT).contains("nato"));
    }

    /**
     * Of the missions named in {@code [from, to)} that pass the test: the last one named before
     * {@code offset}, else (when {@code laterToo}) the first one after it, else null.
     */
    private EntityRef nearestNamed(int offset, int from, int to, boolean laterToo,
                                   java.util.function.Predicate<EntityRef> test) {
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

    /**
     * The mission the nearest of the two sentences before named as its subject, or null:
     * what a sentence that names none is about ("At the end, fewer than 20 personnel remained in
     * Bamako" after a sentence on EUTM Mali), before the article's focus.
     */
    EntityRef recentMission() {
        return recentMission;
    }

    void setRecentMission(EntityRef mission) {
        recentMission = mission;
    }

    /** The country the sentence before named as its subject, or null: whom "It" and "its contribution" mean next. */
    EntityRef recentCountry() {
        return recentCountry;
    }

    void setRecentCountry(EntityRef country) {
        recentCountry = country;
    }

    /** The mission a sentence that names none is about: the one just named, else the focus. */
    EntityRef contextMission() {
        return recentMission != null ? recentMission : focusMission;
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

    /** The date last named with its year ("January 2020"), for "November of that year". */
    org.missionkg.model.FuzzyDate explicitDate() {
        return explicitDate;
    }

    void rememberExplicitDate(org.missionkg.model.FuzzyDate date) {
        explicitDate = date;
    }

    EntityRef sentencePerson() {
        return sentencePerson;
    }

    void rememberSentencePerson(EntityRef person) {
        sentencePerson = person;
    }

    String knownRank(EntityRef person) {
        return rankByPerson.get(person.key());
    }

    /**
     * The person a name refers to: a surname ("Olsen") or the tail of a compound name
     * ("Pugholm Olsen") is the longest full name ending with it that the article gives
     * ("Per Pugholm Olsen"), wherever in the article that full name stands (the extractor
     * reads every name once before it reads the facts); one name, one key, in every article.
     */
    EntityRef person(String name, String rank) {
        // "Sir Allan Kemakeza", "Dame Karen Pierce": an honorific is no part of the name.
        String clean = name.replaceAll("['’]s$", "").replaceAll("[\\s,.;:]+$", "").strip()
                .replaceFirst("^(?:Sir|Dame)\\s+(?=\\p{Lu}\\S*\\s+\\p{Lu})", "");
        String[] parts = clean.split("\\s+");
        EntityRef ref = peopleByName.get(clean.toLowerCase(Locale.ROOT));
        if (ref == null && parts.length == 1) {
            // "Major General Wang Xiaojun ... Wang said": a family name written first.
            ref = firstWords.get(clean.toLowerCase(Locale.ROOT));
        }
        if (ref == null) {
            ref = new EntityRef(EntityKind.PERSON, Iris.slug(clean), clean);
        }
        if (parts.length == 2 && ref.label().equals(clean)) {
            firstWords.putIfAbsent(parts[0].toLowerCase(Locale.ROOT), ref);
        }
        // Register every tail of the name ("anker lollesgaard", "lollesgaard"); a longer name wins.
        int words = ref.label().split("\\s+").length;
        for (int i = 0; i < parts.length; i++) {
            String tail = String.join(" ", java.util.Arrays.copyOfRange(parts, i, parts.length)).toLowerCase(Locale.ROOT);
            EntityRef known = peopleByName.get(tail);
            if (known == null || known.label().split("\\s+").length < words) {
                peopleByName.put(tail, ref);
            }
        }
        if (rank != null) {
            rankByPerson.put(ref.key(), rank);
        }
        return ref;
    }

    /** The organisation or country this person was said to hold this role in, earlier in the article. */
    EntityRef knownOrganization(EntityRef person, String role) {
        return roleOrganization.get(person.key() + "|" + role);
    }

    /** Titles the article gave a country ("Canada's defence minister"), by role IRI; null when two countries share one. */
    private final Map<String, EntityRef> titleCountry = new HashMap<>();

    /**
     * A country-qualified title seen in the text, with or without a name: a later bare "Defence
     * Minister X" is most likely that country's ("Canada's defense minister announced ... Defense
     * Minister Harjit Sajjan is in Brussels").
     */
    void rememberTitleCountry(String roleIri, EntityRef country) {
        if (titleCountry.containsKey(roleIri) && titleCountry.get(roleIri) != null && !titleCountry.get(roleIri).sameAs(country)) {
            titleCountry.put(roleIri, null);
        } else {
            titleCountry.putIfAbsent(roleIri, country);
        }
    }

    EntityRef titleCountry(String roleIri) {
        return titleCountry.get(roleIri);
    }

    void rememberRole(EntityRef person, String role, EntityRef organization) {
        roleOrganization.putIfAbsent(person.key() + "|" + role, organization);
        String r = role.toLowerCase(Locale.ROOT);
        if (r.contains("representative") || r.contains("coordinator") || r.contains("envoy") || r.contains("head of mission")) {
            civilianPosts.add(person.key());
        }
        if (organization != null && organization.kind() == EntityKind.COUNTRY
                && (r.contains("president") || r.contains("prime minister") || r.contains("minister"))) {
            lastGovernment = organization;
        }
    }

    /**
     * The country whose president or minister the article named last: the government a bare
     * "Government spokesman" or "Presidency spokesman" speaks for.
     */
    EntityRef lastGovernment() {
        return lastGovernment;
    }

    /** Whether the article gave this person a civilian post (special representative, coordinator, envoy). */
    boolean holdsCivilianPost(EntityRef person) {
        return person != null && civilianPosts.contains(person.key());
    }

    /** True when this single word is the surname of someone already named in full. */
    boolean isKnownSurname(String word) {
        EntityRef known = peopleByName.get(word.toLowerCase(Locale.ROOT));
        return known != null && known.label().contains(" ");
    }
}
