package org.missionkg.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.missionkg.model.AnnotatedSentence;
import org.missionkg.model.EntityRef;
import org.missionkg.reference.Gazetteer;
import org.missionkg.reference.GazetteerMatch;
import org.missionkg.reference.GazetteerMatch.Category;

/**
 * Phrases that stand for a mission without naming it: "the training mission", "its current NATO
 * mission", "the UN force", "the EU's naval operation", "the coalition", "the brigade". Each is
 * given the mission the article named that it means (the one named last in its paragraph or
 * sentence, the one just talked about, or the article's focus), or left out when none fits.
 *
 * <p>A phrase that says who fields the mission ("the U.N. mission", "the African Union force")
 * only stands for a mission that owner runs, as far as the gazetteer records operators: in a
 * story about a NATO operation, "the U.N. mission" is not that operation.
 */
final class MissionPhrases {
    /**
     * "the mission", "its current NATO training mission", "a larger NATO training mission", "the operation",
     * "a European Union police mission" (not "a police operation", which is often a city's own), "the deployment" (not
     * "the deployment of 300 troops", the act), a naval deployment's "voyage";
     * not the "Canadian-led" before one, which says who leads it.
     */
    private static final Pattern MISSION_PHRASE = Pattern.compile(
            "\\b(?:(?i:the|its|a|an|this|that|our|their|his|her)\\s+)?((?:(?:[A-Z][\\w.]*(?:'s)?|new|current|larger|"
                    + "non-combat|training|military|alliance's|bloc's|union's|advisory|combat|overall|entire|whole|expanded|"
                    + "western|allied|multinational|international|unarmed|civilian|monitoring|observer|peacekeeping|naval|"
                    + "maritime|policing|stabili[sz]ation|protection|assistance|support|transition|transitional|"
                    + "political|escort|partnership|reassurance|verification|first|last|latest|ongoing|"
                    + "humanitarian|relief|evacuation|aviation|border|police(?!\\s+operation)|"
                    + "(?!\\w+-(?:led|based)\\b)\\w+-\\w+)\\s+){0,4})"
                    + "(mission|operation|task\\s+force|offensive|deployment(?!\\s+of\\b)|voyage)\\b(?!s)");

    /**
     * "the coalition", "the international coalition": the mission the article names as a
     * coalition ("the U.S.-led coalition"), not a government coalition or its partners.
     */
    private static final Pattern COALITION = Pattern.compile(
            "\\b(?i:the)\\s+(?:(?:international|military|global|western|Western|multinational)\\s+)?coalition\\b"
                    + "(?!['’]s)(?!\\s+(?:government|governments|partners?|members?|nations|countries|states|"
                    + "allies|agreement|deal|talks|parties|party|leaders?|cabinet)\\b)");

    /**
     * "the brigade", "the battle group", "the force", "the construct", "the group", "the mechanism", "the team",
     * "the initiative", "the squadron", "the corps", "the detachment": only after the article named a mission that is
     * one ("Kosovo Force", "Multinational Brigade Latvia", "Standing NATO Maritime Group 1", a ceasefire monitoring
     * "Mechanism", an "International Monitoring Team", a "Security and Defence Initiative", "1 German-Netherlands
     * Corps"); not "the force of the blast".
     */
    private static final Pattern UNIT_PHRASE = Pattern.compile(
            "\\b(?i:the)\\s+(brigade|battle\\s?group|force|construct|flotilla|squadron|corps|detachment|unit|(?i:mechanism|team|initiative)|(?:task\\s+)?group)\\b(?!s)(?!\\s+of\\b)");

    /** Words of a naval mission's name: "Standing Naval Force Atlantic", "Combined Maritime Forces", "Multinational Interception Force". */
    private static final String[] NAVAL_NAME_WORDS = {"naval", "maritime", "navfor", "interception", "escort", "mine countermeasures"};

    /** Heads of UNIT_PHRASE that stand for a mission named with that very word ("Kosovo Force" for "the force"). */
    private static final Set<String> NAMED_BY_ITS_HEAD = Set.of("force", "construct", "flotilla", "squadron", "corps",
            "detachment", "unit", "mechanism", "team", "initiative");

    /**
     * "the UN force", "the African Union force", "the multinational force": a force described by
     * who fields it, which news uses for the mission it is about. Not "the Air Force" or "the
     * Quds Force": only these describers.
     */
    private static final Pattern FIELDED_FORCE = Pattern.compile(
            "\\b(?i:the|its|this|(a|an))\\s+(?:(?i:smaller|larger|new|small|large|bigger)\\s+)?(?:(?:UN|U\\.N\\.|United\\s+Nations|EU|European|NATO|AU|African\\s+Union|SADC|ECOWAS|"
                    + "regional|multinational|international|peacekeeping|stabili[sz]ation|protection|intervention)\\s+){1,3}force\\b(?!s)");

    /**
     * "NATO's new maritime security operation in the Mediterranean", "Italy's year-long rescue
     * operation": a mission described by whoever runs it, in the writer's own words (which
     * MISSION_PHRASE's short list of describers does not cover). The words alone do not say which
     * mission, so only one named in the same paragraph is taken (see missionPhrases).
     */
    private static final Pattern OWNED_PHRASE = Pattern.compile(
            "(?<=['’]s\\s)((?:(?!(?:to|the|of|in|for|with|a|an|and|or|at|on|by|from|its|their|his|her|this|that|as|into|"
                    + "under|over|own|contribution|part|role|share|troops?)\\s)[a-z][\\w-]*\\s+|\\p{Lu}\\p{Ll}+\\s+){1,4})"
                    + "(mission|operation|deployment)\\b(?!s)");
    /** Words of a description that tell no mission from another ("the EU's first military mission"). */
    private static final Set<String> VAGUE_MODIFIERS = Set.of("first", "last", "latest", "current", "military",
            "main", "largest", "biggest", "smaller", "long", "longest", "ongoing", "year-long", "former", "previous",
            "mission", "operation", "force", "peacekeeping", "international", "multinational", "united", "nations");
    /**
     * "the truce group", "the escort force", "its arms collection mission": a phrase whose own
     * words tell which of the article's missions it is (a word only one named mission holds in its
     * name: "Truce Monitoring Group"), whatever the head.
     */
    private static final Pattern WORD_DESCRIBED = Pattern.compile(
            "\\b(?i:the|its|this)\\s+((?:[\\p{L}-]+\\s+){1,3})(group|force|flotilla|brigade|mission|operation)\\b(?!s)");
    /** Words of a description that many missions' names hold without telling them apart. */
    private static final Set<String> SHARED_NAME_WORDS = Set.of("security", "support", "assistance", "special",
            "national", "joint", "combined", "army", "police", "defence", "defense", "armed", "european", "african",
            "union", "naval", "maritime", "task", "standing", "group", "integrated", "stabilization", "stabilisation");
    private static final Pattern OWNER_BEFORE = Pattern.compile(
            "(?s).*(?:\\b\\p{Lu}[\\w.&-]*|\\b(?:alliance|bloc|union|organi[sz]ation|military|army|navy|government))['’]s\\s$");


    private final Gazetteer gazetteer;

    MissionPhrases(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }


    /** Describers of a force that no one country fields alone. */
    private static final Pattern UN_DESCRIBED = Pattern.compile("\\b(?:UN|U\\.N\\.|United\\s+Nations|peacekeeping)\\b");

    /** Missions news calls "the operation": named "Operation …", or the EU's naval and military operations (EUNAVFOR, EUFOR). */
    private static boolean isOperation(EntityRef mission) {
        return mission.label().startsWith("Operation") || mission.label().matches("(?:EUNAVFOR|EUFOR|EU NAVFOR)\\b.*");
    }

    private static final Pattern BARE_MISSION = Pattern.compile("(?i)(?:the|its|this|that|our|their)\\s+(?:mission|operation)");

    /** "the mission", "its operation": a phrase that only points at a mission named elsewhere. */
    static boolean isBareMissionPhrase(String text) {
        return BARE_MISSION.matcher(text.strip()).matches();
    }

    /** Words before "mission" or "operation" that any mission may be described by: they do not say which one. */
    private static final Pattern GENERIC_MODS = Pattern.compile(
            "(?:(?:new|current|larger|non-combat|training|military|advisory|combat|overall|entire|whole|expanded|"
                    + "multinational|international|\\w+-based)\\s+)*");

    /**
     * The mission phrases of a sentence as mission slots, each given the mission it stands for;
     * a phrase that stands for none is left out.
     */
    List<Slot> find(String clean, AnnotatedSentence s, ArticleContext ctx, List<Slot> namedMissions,
                    List<GazetteerMatch> gaz) {
        List<Slot> out = new ArrayList<>();
        boolean lede = ctx.isLede(s); // asked of every sentence, in order, so the context sees the first of prose
        String text = clean.substring(s.begin(), s.end());
        Matcher m = MISSION_PHRASE.matcher(text);
        while (m.find()) {
            String mods = m.group(1).toLowerCase(Locale.ROOT);
            boolean led = text.substring(0, m.start()).matches("(?s).*\\w-(?:led|based)\\s+$"); // "the Italian-led mission", "the Baghdad-based mission"
            if (mods.isBlank() && !led && (m.group().equals(m.group(2))
                    || m.group().toLowerCase(Locale.ROOT).matches("(its|their|his|her|our)\\s+\\w+"))) {
                continue;
            }
            String head = m.group(2).toLowerCase(Locale.ROOT);
            boolean nato = mods.contains("nato") || mods.contains("alliance");
            EntityRef mission;
            if (head.startsWith("task")) {
                mission = ctx.facts().focusTaskForce();
            } else {
                // The mission named last before it in its paragraph, else the focus.
                mission = ctx.facts().missions().paragraphMission(s.begin() + m.start(), false, nato);
                if (mission == null) {
                    mission = nato ? ctx.facts().focusNatoMission() : ctx.facts().focusMission();
                    // "The operation's current mandate is due to expire" after a paragraph on EUNAVFOR Aspides, in a story
                    // that names Operation Irini more often but only later: a focus not yet named is not what the
                    // phrase points back at; the mission named last before it is.
                    int at = s.begin() + m.start();
                    EntityRef before = ctx.facts().missions().lastNamedBefore(at, nato);
                    if (mission != null && before != null && !ctx.facts().missions().namedBefore(mission, at)) {
                        mission = before;
                    }
                }
            }
            if (!head.startsWith("task") && GENERIC_MODS.matcher(mods).matches()) {
                // "the CAF contribution to NMI includes staff at the mission's headquarters": a bare
                // "the mission" after a mission named in the same sentence is that one, else the
                // mission the sentence before was about; "the operation" only one named "Operation …".
                EntityRef antecedent = null;
                for (Slot named : namedMissions) {
                    if (named.end() <= s.begin() + m.start() && named.entity() != null
                            && (head.equals("mission") || isOperation(named.entity()))) {
                        antecedent = named.entity();
                    }
                }
                EntityRef recent = ctx.recentMission();
                if (antecedent == null && recent != null
                        && (head.equals("mission") || isOperation(recent))) {
                    antecedent = recent; // the subject of the sentence or two before
                }
                if (antecedent != null && mods.matches("(?s).*\\bnew\\b.*")) {
                    // "MISCA's soldiers have been transferred to the new mission": the new one is the mission the
                    // article names that the gazetteer records as the antecedent's successor (MINUSCA), if any
                    EntityRef old = antecedent;
                    EntityRef successor = ctx.facts().missions().namedWhere(e -> gazetteer.eras().predecessor(e).filter(old::equals).isPresent());
                    antecedent = successor != null ? successor : antecedent;
                }
                if (antecedent != null) {
                    mission = antecedent;
                } else if ((head.equals("operation") || head.equals("offensive")) && mission != null && !isOperation(mission)) {
                    // "Announced in 2015, the operation built two field hospitals" in a story about Britain's
                    // Operation Trenton inside the UN mission in South Sudan: "the operation" is one named so.
                    EntityRef operation = ctx.facts().missions().missionNear(s.begin() + m.start(), MissionPhrases::isOperation);
                    mission = operation != null ? operation : mission;
                }
            }
            mission = settled(mission, s.begin() + m.start(), s.begin() + m.end(), clean, gaz, namedMissions, ctx);
            if (mission == null || head.equals("offensive") && !isOperation(mission)) {
                continue; // "the offensive" is an operation that is one ("the government said the offensive would end"), not a rebel attack
            }
            out.add(Slot.entity(SlotType.MISSION, s.begin() + m.start(), s.begin() + m.end(), m.group(), mission));
        }
        Matcher u = UNIT_PHRASE.matcher(text);
        while (u.find()) {
            String head = u.group(1).toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
            int at = s.begin() + u.start();
            if (head.equals("force")) {
                // "France is the framework nation of EUFOR Concordia, and General X commands the
                // force": a force after a mission named earlier in its own sentence is that one.
                EntityRef same = namedMissions.stream().filter(n -> n.end() <= at && n.entity() != null)
                        .reduce((a, b) -> b).map(Slot::entity).orElse(null);
                if (same != null) {
                    out.add(Slot.entity(SlotType.MISSION, at, s.begin() + u.end(), u.group(), same));
                    continue;
                }
            }
            EntityRef mission = ctx.facts().missions().lastMissionNamedWith(s.begin() + u.start(),
                    NAMED_BY_ITS_HEAD.contains(head) ? new String[] {head}
                            : head.endsWith("group") && !head.startsWith("battle") ? new String[] {"group"}
                            : new String[] {"brigade", "battle group", "battlegroup"});
            if (mission == null && (head.equals("squadron") || head.equals("flotilla"))) {
                // "Standing Naval Force Atlantic ... The squadron was formed in 1968": ships that sail together are
                // a squadron or a flotilla whatever the naval mission's name calls them
                mission = ctx.facts().missions().lastMissionNamedWith(s.begin() + u.start(), NAVAL_NAME_WORDS);
            }
            if (mission == null && (head.equals("force") || head.equals("task group"))) {
                // "France began reducing the force in 2015": in a story about one mission, "the force"
                // is that mission's troops even when its name is no "Force": the mission named last in
                // the paragraph, else the subject of the sentences before. "Flotilla Admiral X, who commands the task
                // group from the frigate": a naval deployment's ships that sail together, whatever its name calls
                // them: the mission named last in the paragraph, else the story's.
                // "Operation Concordia takes over from NATO's Operation Allied Harmony. ... General X commands the
                // force": the subject of the sentences before, not the mission it took over from, named last.
                mission = head.equals("force") && ctx.recentMission() != null ? ctx.recentMission()
                        : ctx.facts().missions().paragraphMission(at, false, false);
                if (mission == null) {
                    mission = head.equals("force") ? ctx.recentMission() : ctx.facts().focusMission();
                }
                mission = mission == null ? null : settled(mission, at, s.begin() + u.end(), clean, gaz, namedMissions, ctx);
            }
            if (mission != null) {
                out.add(Slot.entity(SlotType.MISSION, s.begin() + u.start(), s.begin() + u.end(), u.group(), mission));
            }
        }
        Matcher f = FIELDED_FORCE.matcher(text);
        while (f.find()) {
            int at = s.begin() + f.start();
            boolean nato = f.group().contains("NATO");
            if (f.group(1) != null) {
                // "A smaller NATO force under German command began work on Thursday": a lede that
                // describes before it names describes the mission the article is about; elsewhere "a
                // UN force" may be any force.
                EntityRef focus = lede ? (nato ? ctx.facts().focusNatoMission() : ctx.facts().focusMission()) : null;
                focus = focus == null ? null : settled(focus, at, s.begin() + f.end(), clean, gaz, namedMissions, ctx);
                if (focus != null) {
                    out.add(Slot.entity(SlotType.MISSION, at, s.begin() + f.end(), f.group(), focus));
                }
                continue;
            }
            EntityRef mission = ctx.facts().missions().paragraphMission(at, false, nato);
            if (mission == null) {
                mission = ctx.recentMission() != null ? ctx.recentMission()
                        : nato ? ctx.facts().focusNatoMission() : ctx.facts().focusMission();
            }
            mission = settled(mission, at, s.begin() + f.end(), clean, gaz, namedMissions, ctx);
            if (mission != null && UN_DESCRIBED.matcher(f.group()).find() && gazetteer.runByACountry(mission)) {
                // "the peacekeeping force" in a story about a national unit serving with a UN mission is the
                // UN mission, not the unit: the nearest mission an organisation runs, if the article names one.
                EntityRef un = ctx.facts().missions().missionNear(at, gazetteer::runByAnOrganization);
                mission = un != null ? un : mission;
            }
            if (mission != null) {
                out.add(Slot.entity(SlotType.MISSION, at, s.begin() + f.end(), f.group(), mission));
            }
        }
        Matcher o = OWNED_PHRASE.matcher(text);
        while (o.find()) {
            if (!OWNER_BEFORE.matcher(text.substring(0, o.start())).matches()) {
                continue;
            }
            // "Operation Irini, the EU's naval operation set up in March 2020": a description in
            // apposition to the name beside it adds no mention of its own.
            int owner = text.lastIndexOf(' ', Math.max(0, o.start() - 2)) + 1;
            String gap = text.substring(0, owner);
            if (namedMissions.stream().anyMatch(n -> n.end() - s.begin() <= owner
                    && gap.substring(Math.max(0, n.end() - s.begin())).matches(",\\s+(?:the\\s+)?(?:\\S+\\s+)?"))) {
                continue;
            }
            int at = s.begin() + o.start();
            // "the bloc's training mission" in a story about EUTM Mozambique becoming EUMAM: a word
            // of the description that only one mission's name holds picks that mission.
            EntityRef mission = namedByOwnWord(o.group(1).split("\\s+"), Set.of(), ctx);
            if (mission == null) {
                mission = ctx.facts().missions().paragraphMission(at, true, false);
            }
            if (mission == null && lede) {
                // "The European Union's first military mission comes to an end today": a lede that
                // describes before it names describes the mission the article is about.
                mission = ctx.facts().focusMission();
            }
            if (mission != null && out.stream().noneMatch(x -> x.overlaps(at, s.begin() + o.end()))) {
                out.add(Slot.entity(SlotType.MISSION, at, s.begin() + o.end(), o.group(), mission));
            }
        }
        Matcher w = WORD_DESCRIBED.matcher(text);
        while (w.find()) {
            int at = s.begin() + w.start();
            if (out.stream().anyMatch(x -> x.overlaps(at, s.begin() + w.end()))
                    || namedMissions.stream().anyMatch(n -> n.overlaps(at, s.begin() + w.end()))) {
                continue;
            }
            EntityRef mission = namedByOwnWord(w.group(1).split("[\\s-]+"), SHARED_NAME_WORDS, ctx);
            if (mission != null) {
                out.add(Slot.entity(SlotType.MISSION, at, s.begin() + w.end(), w.group(), mission));
            }
        }
        Matcher c = COALITION.matcher(text);
        while (c.find()) {
            EntityRef mission = ctx.facts().missions().coalitionMission(s.begin() + c.start());
            if (mission != null) {
                out.add(Slot.entity(SlotType.MISSION, s.begin() + c.start(), s.begin() + c.end(), c.group(), mission));
            }
        }
        return out;
    }

    /**
     * The mission of the first word of a description (longer than three letters, not a vague
     * one, nor in {@code alsoVague}) that only one mission the article names holds in its name;
     * null when no word tells.
     */
    private static EntityRef namedByOwnWord(String[] words, Set<String> alsoVague, ArticleContext ctx) {
        for (String word : words) {
            String w = word.toLowerCase(Locale.ROOT);
            if (w.length() > 3 && !VAGUE_MODIFIERS.contains(w) && !alsoVague.contains(w)) {
                EntityRef mission = ctx.facts().missions().onlyMissionNamedWith(w);
                if (mission != null) {
                    return mission;
                }
            }
        }
        return null;
    }

    /**
     * What a phrase over {@code [begin, end)} given {@code mission} really stands for: the mission
     * named beside it ("The U.N. mission, MINUSCA, took over": the name says which), else the given
     * one as far as the owner the phrase names allows ({@link #owned}).
     */
    private EntityRef settled(EntityRef mission, int begin, int end, String clean, List<GazetteerMatch> gaz,
                              List<Slot> namedMissions, ArticleContext ctx) {
        EntityRef apposed = apposedName(clean, end, namedMissions);
        return apposed != null ? apposed : owned(mission, begin, end, gaz, ctx);
    }

    /**
     * The mission a phrase stands for, checked against the owner it names: an organisation inside
     * the phrase (not a country: "its Syria mission" names where it works, not who runs it). Kept when there is no owner or the gazetteer records
     * that owner as its operator; otherwise the last mission named before it (else the first after) that
     * the owner runs; else, for a mission whose operator the gazetteer does not record, that mission; else null.
     */
    private EntityRef owned(EntityRef mission, int begin, int end, List<GazetteerMatch> gaz, ArticleContext ctx) {
        if (mission == null) {
            return null;
        }
        EntityRef owner = gaz.stream()
                .filter(g -> g.start() >= begin && g.end() <= end && g.entity() != null
                        && g.category() == Category.ORGANIZATION)
                .map(GazetteerMatch::entity).findFirst().orElse(null);
        if (owner == null) {
            return mission;
        }
        Optional<EntityRef> operator = gazetteer.operator(mission);
        if (operator.isPresent() && operator.get().equals(owner)) {
            return mission;
        }
        EntityRef ownersOwn = ctx.facts().missions().missionNear(begin, m -> gazetteer.operator(m).map(owner::equals).orElse(false));
        // a mission the gazetteer does not know ("the Danbi Unit", a national contingent) may be the owner's, but
        // where the article names one the owner is known to run ("the UN mission" beside MINUSTAH), that is it
        return operator.isEmpty() && ownersOwn == null ? mission : ownersOwn;
    }

    /** The mission named right after a comma or bracket at {@code end} ("the U.N. mission, MINUSCA,"), or null. */
    private static EntityRef apposedName(String clean, int end, List<Slot> namedMissions) {
        for (Slot named : namedMissions) {
            if (named.entity() != null && named.begin() >= end && named.begin() - end <= 3
                    && clean.substring(end, named.begin()).matches("\\s*[,(]\\s*")) {
                return named.entity();
            }
        }
        return null;
    }
}
