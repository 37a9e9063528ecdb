package org.missionkg.reference;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.missionkg.model.EntityKind;
import org.missionkg.model.EntityRef;
import org.missionkg.model.NameWords;
import org.missionkg.vocab.Iris;

/**
 * Mission names the gazetteer does not list, recognised by the way missions are named:
 * "Operation UNIFIER", "Operation Enduring Freedom", "Task Force Latvia", "Task Group Taji", "Joint Task
 * Force-Iraq", "EU Training Mission in Somalia", "NATO Mission Afghanistan". Each becomes a
 * mission entity keyed by its slug, so "Operation UNIFIER" and "Operation Unifier" are one.
 *
 * <p>The gazetteer stays first: a name that overlaps a gazetteer match is left to it. CoreNLP's
 * NER has no class for military operations (it tags "Operation UNIFIER" as nothing or as a
 * MISC/ORGANIZATION fragment), which is why this is a pattern over capitalised words rather
 * than a read of its tags.
 */
public final class MissionNames {
    /**
     * One word of a name. An apostrophe belongs to it only inside ("O'Leary", "Ma'alot"): a possessive's
     * ("Operation Tieke's trainers") or a closing quotation mark ("ends 'Operation Friend' relief") is
     * not part of the name.
     */
    private static final String WORD = "(?:[A-Z]['’][A-Z][a-z]+|[A-Z][a-z]+(?:['’](?!s\\b)[a-z]+)?(?:-[A-Z][a-z]+)?|[A-Z]{2,}|[A-Z][a-z]+[A-Z]\\w*)";
    /**
     * Space between the words of a name: never a line break, which ends a paragraph or a headline here
     * ("... of Operation Resolute" then "Australia's biggest ..." on the next line is no longer name).
     */
    public static final String GAP = "[^\\S\\n]+";
    /**
     * "Operation" and its word in the languages whose operations English news names untranslated: "Operazione Strade
     * Sicure", "Operación Balmis", "Operação Verde Brasil". Such a mission is named "Operation X" ({@link
     * #IN_ITS_LANGUAGE}), as English news and a story's "the operation, called X" name it.
     */
    private static final Pattern OPERATION = Pattern.compile(
            "\\b(?:Operation|Opération|Operaci[oó]n|Operazione|Opera[cç][aã]o|Operasi)" + GAP + "(" + WORD + "(?:" + GAP + WORD + "){0,2})");
    private static final Pattern IN_ITS_LANGUAGE = Pattern.compile("^(?:Operaci[oó]n|Operazione|Opera[cç][aã]o|Operasi)\\s+");
    private static final Pattern TASK_FORCE = Pattern.compile(
            "\\b(?:(?:Combined|Joint|Multinational|Air|Naval|Maritime|Special|Operations|Expeditionary|Interagency)\\s+){0,4}Task\\s+(?:Force|Group)[-\\s&&[^\\n]]+(" + WORD + "(?:" + GAP + WORD + ")?|\\d{1,4}(?:\\.\\d{1,2})?(?![\\d.,]\\d))");
    /**
     * A task force by its code, as naval and coalition news prints it: "CTF-158", "CTF 473", "JTF-510", "CJTF 76" (one
     * digit is left alone: "JTF 2" is a country's standing unit). The name is written out ("Combined Task Force 158"),
     * the form the gazetteer lists the known ones under and the one {@link #TASK_FORCE} gives where a story writes it
     * out, so that the code and the full name are one mission.
     */
    private static final Pattern TASK_FORCE_CODE = Pattern.compile("\\b(CJ|C|J)TF[-\\s&&[^\\n]]?(\\d{2,4})\\b(?![.,]\\d)");
    private static final Pattern ORG_MISSION = Pattern.compile(
            "\\b(?:NATO|EU|European\\s+Union|UN|U\\.N\\.|United\\s+Nations|African\\s+Union)(?:'s|’s)?\\s+"
                    + "(?:(?:Training|Advisory|Assistance|Military|Capacity|Building|Stabili[sz]ation|Peacekeeping|"
                    + "Police|Border|Naval|Monitoring|Observer|Support)\\s+){0,3}Mission" + GAP + "(?:(?:in|to|for)" + GAP + "(?:the" + GAP + ")?)?("
                    // "in Bosnia and Herzegovina", "to the Comoros": a place of two names is one place; "for the
                    // Central African Republic and Central Africa": a place of three words and another
                    + WORD + "(?:" + GAP + WORD + "){0,2}(?:" + GAP + "and" + GAP + "(?:the" + GAP + ")?" + WORD + "(?:" + GAP + WORD + ")?)?)");
    /**
     * A mission named by what it does, with or without whose it is, and where: "the Aceh Monitoring Mission", "the
     * SADC Standby Force Mission in Borduria", "the OSCE Special Monitoring Mission to Ukraine", "the African Union
     * Transition Mission in Somalia". The words before "Mission" are any capitalised ones (an owner's acronym among
     * them), at least one of them a word of what missions do, so that "the Permanent Mission"
     * or "the Apollo Mission" is none; where it goes ("in Borduria") is read as {@link #ORG_MISSION} reads it.
     */
    private static final Pattern KIND_MISSION = Pattern.compile(
            "(?<![\\p{L}'’-])((?:" + WORD + GAP + "(?:and" + GAP + ")?){0,5}?(?:Monitoring|Monitor|Observer|Observation|Assistance|Training|Verification|"
                    + "Support|Stabili[sz]ation|Peacekeeping|Peace|Transition|Transitional|Partnership|Advisory|Border|"
                    + "Police|Policing|Capacity|Protection|Security|Military|Integrated|Multidimensional|Interim|Supervision|"
                    + "Supervisory|Ceasefire|Truce|Standby|Naval|Maritime|Preventive|Evacuation|Relief|Humanitarian|"
                    + "Mentoring|Reform)" + GAP + "(?:" + WORD + GAP + "){0,2}?Mission)(?:" + GAP + "(?:in|to|for)" + GAP
                    + "(?:the" + GAP + ")?(" + WORD + "(?:" + GAP + "(?:(?:of|and)" + GAP + "(?:the" + GAP + ")?)?" + WORD + "){0,2}))?");
    /**
     * A body of officers set up to watch a truce, named as such: "the Joint Military Commission", "the Neutral
     * Nations Supervisory Commission", "the Ceasefire Monitoring Commission in Borduria", "the Expanded Joint
     * Verification Mechanism", "the Joint Border Verification and Monitoring Mechanism". Only words of watching a
     * truce before "Commission" or "Mechanism" ("the Police Service Commission", "the European Commission", "the
     * European Stability Mechanism" are none), and never China's Central Military Commission, which commands its
     * armed forces.
     */
    private static final Pattern KIND_COMMISSION = Pattern.compile(
            "(?<![\\p{L}'’-])((?<!Central\\s)(?:" + WORD + GAP + "(?:and" + GAP + ")?){0,4}?(?:Military|Monitoring|Supervisory|Supervision|Ceasefire|"
                    + "Cease-[Ff]ire|Truce|Verification|Armistice|Observer)" + GAP + "(?:" + WORD + GAP + "){0,1}?(?:Commission|Mechanism))(?:"
                    + GAP + "(?:in|for|on)" + GAP + "(?:the" + GAP + ")?(" + WORD + "(?:" + GAP + "(?:of" + GAP + "(?:the" + GAP
                    + ")?)?" + WORD + "){0,2}))?");
    private static final Pattern CENTRAL = Pattern.compile("\\bCentral\\s+Military\\s+Commission\\b");

    /** Words that say only what kind of mission a name is, or whose: a name of these alone ("the Training Mission") names none. */
    private static final Set<String> KIND_WORDS = Set.of("Monitoring", "Monitor", "Observer", "Observation", "Assistance", "Training",
            "Verification", "Support", "Stabilisation", "Stabilization", "Peacekeeping", "Peace", "Transition",
            "Transitional", "Partnership", "Advisory", "Border", "Police", "Policing", "Capacity", "Building",
            "Protection", "Security", "Military", "Integrated", "Multidimensional", "Interim", "Supervision", "Supervisory",
            "Ceasefire", "Truce", "Standby", "Naval", "Maritime", "Preventive", "Evacuation", "Relief", "Humanitarian",
            "Mentoring", "Reform", "Mission", "Special", "Joint", "Combined", "Multinational", "International", "Regional",
            "Civilian", "Force", "Forces", "European", "Union", "United", "Nations", "African", "Common", "Sector", "New",
            "Rule", "Law", "Defence", "Defense", "Field", "Technical", "Expert", "Election", "Electoral");

    /** Whether a word only says what kind of mission a name is, or whose ("Training", "Monitoring", "European"). */
    static boolean isKindWord(String word) {
        return KIND_WORDS.contains(word);
    }

    private static final Pattern PARAGRAPH_BREAK = Pattern.compile("\\n\\s*\\n");
    /** A word and the space after it; a word. */
    private static final Pattern WORD_AND_SPACE = Pattern.compile("\\S+" + GAP);
    private static final Pattern ANY_WORD = Pattern.compile("\\S+");
    /** Names the shape above would take that are no mission of troops: diplomats' and space missions. */
    private static final Pattern NOT_A_MISSION = Pattern.compile("\\b(?:Permanent|Diplomatic|Trade|Space|Apollo|Lunar|Trust)\\b");
    private static final Pattern OPERATION_WORD = Pattern.compile("(?:Operation|Opération)\\b");
    /** "Op Tellar": the British services' short form of "Operation", named in full. */
    private static final Pattern SHORT_OPERATION = Pattern.compile(
            "\\bOp\\.?" + GAP + "(" + WORD + "(?:" + GAP + WORD + "){0,2})");
    /** "Operation Nanook-Tuugaalik": the operation's word, then a phase's name after a hyphen and any words after. */
    private static final Pattern PHASE = Pattern.compile("^((?:Operation|Opération)\\s+[A-Z][A-Za-z'’]+)-[A-Z].*$");
    /**
     * Words that, right after "Operation", make an office or a place of the EU's chain of command
     * ("the EU Operation Commander", "the Operation Headquarters at Mont-Valérien"), not a name.
     */
    private static final Set<String> OFFICE_WORDS = Set.of("Commander", "Commanders", "Command", "Headquarters",
            "HQ", "Centre", "Center", "Chief", "Director", "Staff", "Officer", "Officers", "Plan", "Area", "Zone");
    /** Words of a title that may follow a mission's place: "the UN Mission in Ruritania Force Commander". */
    private static final Set<String> TITLE_WORDS = Set.of("Force", "Forces", "Commander", "Command", "Headquarters", "HQ",
            "Chief", "Head", "Deputy", "Spokesman", "Spokeswoman", "Spokesperson", "Director");
    /** Words that may name a mission alone ("Task Force Iraq") but end one that has begun ("Operation IMPACT Iraq"). */
    private static final Pattern ENDS_A_NAME = Pattern.compile("(?:Iraq|Syria|Kuwait|Jordan|Canada|Mali|Latvia|Kosovo|"
            + "Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|"
            + "August|September|October|November|December)");

    private MissionNames() {
    }

    /**
     * The mission names in the text that no given mission match overlaps, as matches of category
     * MISSION, in text order. Other matches inside such a name ("Latvia" in "Task Force Latvia")
     * are parts of it: see {@link #merge}.
     */
    public static List<GazetteerMatch> unlisted(String text, List<GazetteerMatch> known) {
        List<GazetteerMatch> out = new ArrayList<>();
        for (Pattern p : List.of(ORG_MISSION, TASK_FORCE, OPERATION, SHORT_OPERATION, TASK_FORCE_CODE)) {
            Matcher m = p.matcher(text);
            while (m.find()) {
                if (p == TASK_FORCE && OPERATION_WORD.matcher(text).region(m.start(1), m.end(1)).lookingAt()) {
                    continue; // "Joint Task Force Operation Safe Haven" is the operation's force: the operation names it
                }
                int end = p == TASK_FORCE_CODE ? m.end() : trimmedEnd(text, m.start(1), m.end(1));
                if (end < 0) {
                    continue;
                }
                int start = m.start();
                List<GazetteerMatch> knownMissions = known.stream()
                        .filter(g -> g.category() == GazetteerMatch.Category.MISSION).toList();
                if (GazetteerMatch.anyOverlaps(start, end, knownMissions) || GazetteerMatch.anyOverlaps(start, end, out)) {
                    continue;
                }
                // "Air Task Force-Romania" is the same name as "Air Task Force Romania"
                String name = text.substring(start, end).replaceAll("\\s+", " ").replaceAll("(Force|Group)-", "$1 ");
                if (p == SHORT_OPERATION) {
                    name = name.replaceFirst("^Op\\.?\\s+", "Operation ");
                }
                if (p == TASK_FORCE_CODE) {
                    name = writtenOut(m.group(1), m.group(2), known, out);
                }
                if (p == OPERATION) {
                    name = IN_ITS_LANGUAGE.matcher(name).replaceFirst("Operation ");
                }
                if (p == OPERATION || p == SHORT_OPERATION) {
                    // "Operation Nanook-Tuugaalik", "Operation NANOOK-NUNAKPUT": a hyphen after the
                    // operation's word names one of its yearly phases; the mission is "Operation Nanook".
                    name = PHASE.matcher(name).replaceFirst("$1");
                }
                GazetteerMatch aliasOf = p == ORG_MISSION ? knownByAnotherName(text, end, knownMissions) : null;
                if (aliasOf != null) {
                    // "the EU Border Assistance Mission for the Rafah Crossing Point, known as EUBAM Rafah": the listed one
                    out.add(aliasOf.over(text, start, end));
                    continue;
                }
                EntityRef ref = new EntityRef(EntityKind.MISSION, Iris.slug(name), name);
                out.add(new GazetteerMatch(start, end, text.substring(start, end), GazetteerMatch.Category.MISSION,
                        Iris.entity(ref), name, ref));
            }
        }
        out.sort(Comparator.comparingInt(GazetteerMatch::start));
        return out;
    }

    /**
     * A task force's code written out: the name the article or the gazetteer gives the task force of that number where
     * one does ("Task Force 473 ... CTF 473" is one mission, named as written in full), else the code's words.
     */
    private static String writtenOut(String code, String number, List<GazetteerMatch> known, List<GazetteerMatch> found) {
        Pattern sameNumber = Pattern.compile("\\bTask\\s+Force\\s+" + number + "$");
        for (List<GazetteerMatch> names : List.of(found, known)) {
            for (GazetteerMatch g : names) {
                if (g.category() == GazetteerMatch.Category.MISSION && g.label() != null
                        && sameNumber.matcher(g.label()).find()) {
                    return g.label();
                }
            }
        }
        return switch (code) {
            case "CJ" -> "Combined Joint";
            case "C" -> "Combined";
            default -> "Joint";
        } + " Task Force " + number;
    }

    /**
     * The matches with the names of {@link #KIND_MISSION}'s shape added where no mission found so far overlaps
     * them. The last of the ways a mission is found, after the article's introductions, aliases and descriptions:
     * "the Italian Training Mission in Djibouti, known as MIADIT Somalia" or "the EU Training Mission in Ruritania"
     * may be a mission the gazetteer knows, told by what it does and where.
     */
    public static List<GazetteerMatch> byKind(String text, List<GazetteerMatch> known) {
        List<GazetteerMatch> out = new ArrayList<>();
        List<GazetteerMatch> knownMissions = known.stream().filter(g -> g.category() == GazetteerMatch.Category.MISSION).toList();
        // Beside a mission named otherwise, such a name further down is most often another body the story mentions in
        // passing (as with formations' names): read it only in the headline and lede then.
        int readTo = knownMissions.isEmpty() ? text.length() : ledeEnd(text);
        Set<String> named = new java.util.HashSet<>();
        for (Pattern kind : List.of(KIND_MISSION, KIND_COMMISSION)) {
            Matcher m = kind.matcher(text);
            while (m.find()) {
                if (m.start() >= readTo && !named.contains(m.group(1))) {
                    continue; // a name the lede gave goes on being that mission further down
                }
                int start = m.start(1);
                Matcher word = WORD_AND_SPACE.matcher(text).region(start, m.end(1));
                while (word.lookingAt() && NameWords.isFunctionWord(word.group().strip())) {
                    start = word.end(); // "The Aceh Monitoring Mission": the sentence's first word is not the name's
                    word.region(start, m.end(1));
                }
                int end = m.end(1);
                if (m.group(2) != null) {
                    int place = trimmedEnd(text, m.start(2), m.end(2));
                    end = place < 0 ? end : place;
                }
                String name = text.substring(start, end).replaceAll("\\s+", " ");
                boolean somewhere = end > m.end(1);
                boolean commission = kind == KIND_COMMISSION;
                if (commission && (CENTRAL.matcher(name).find() || !somewhere && name.split(" ").length < 3)) {
                    continue; // "the Military Commission": which one, the name does not say
                }
                if (NOT_A_MISSION.matcher(name).find() || !somewhere && !commission && java.util.Arrays.stream(name.split(" "))
                        .allMatch(w -> KIND_WORDS.contains(w) || w.matches("\\p{Lu}{2,}"))) {
                    continue; // "the Training Mission", "the EU Training Mission": which one, the name does not say
                }
                if (GazetteerMatch.anyOverlaps(start, end, knownMissions) || GazetteerMatch.anyOverlaps(start, end, out)) {
                    continue;
                }
                if (!somewhere && onlyKindAndNationality(text, start, end, known)) {
                    continue; // "the Italian Training Mission": whose, not which
                }
                GazetteerMatch aliasOf = knownByAnotherName(text, end, knownMissions);
                if (aliasOf != null) {
                    // "the Italian Training Mission in Djibouti, known as MIADIT Somalia": the listed mission's other name
                    out.add(aliasOf.over(text, start, end));
                    continue;
                }
                named.add(m.group(1));
                EntityRef ref = new EntityRef(EntityKind.MISSION, Iris.slug(name), name);
                out.add(new GazetteerMatch(start, end, text.substring(start, end), GazetteerMatch.Category.MISSION,
                        Iris.entity(ref), name, ref));
            }
        }
        return out.isEmpty() ? known : GazetteerMatch.addOver(known, out);
    }

    /**
     * Where the article's first two paragraphs (its headline and lede) end; 0 in a text of fewer paragraphs. A name
     * found only by its words is the story's mission there, whatever else the story names.
     */
    public static int ledeEnd(String text) {
        Matcher p = PARAGRAPH_BREAK.matcher(text);
        return p.find() && p.find() ? p.start() : 0;
    }

    /** Whether every word of the name from start to end is a kind's word, an acronym or a nationality the gazetteer knows. */
    private static boolean onlyKindAndNationality(String text, int start, int end, List<GazetteerMatch> known) {
        Matcher w = ANY_WORD.matcher(text).region(start, end);
        while (w.find()) {
            int at = w.start();
            boolean nationality = known.stream().anyMatch(g -> g.category() == GazetteerMatch.Category.DEMONYM
                    && g.start() <= at && at < g.end());
            if (!nationality && !KIND_WORDS.contains(w.group()) && !w.group().matches("\\p{Lu}{2,}")) {
                return false;
            }
        }
        return true;
    }

    /** "..., known as", "... and known by its acronym", "(": a name the text says another name of follows. */
    private static final Pattern ALSO_KNOWN = Pattern.compile(
            "^[^\\S\\n]*(?:\\(|,?[^\\S\\n]*(?:and[^\\S\\n]+)?(?:(?:also|better|commonly|usually)[^\\S\\n]+)?(?:known|called|referred[^\\S\\n]+to)\\b)");

    /** The listed mission the text names as this one's other name right after it ("known as EUBAM Rafah"), or null. */
    private static GazetteerMatch knownByAnotherName(String text, int end, List<GazetteerMatch> knownMissions) {
        Matcher m = ALSO_KNOWN.matcher(text).region(end, Math.min(text.length(), end + 80));
        if (!m.lookingAt()) {
            return null;
        }
        for (GazetteerMatch g : knownMissions) {
            if (g.start() >= m.end() && g.start() - m.end() <= 40) {
                return g;
            }
        }
        return null;
    }

    /** Where the name that begins at nameStart really ends, trailing words that cannot belong dropped; -1: no name. */
    private static int trimmedEnd(String text, int nameStart, int end) {
        Matcher w = Pattern.compile("\\S+").matcher(text.substring(nameStart, end));
        int last = -1;
        for (int i = 0; w.find(); i++) {
            String word = w.group();
            // A function word ends the name (NameWords); a name starting with one is no name.
            if (NameWords.isFunctionWord(word)) {
                return i == 0 ? -1 : last;
            }
            if (i == 0 && OFFICE_WORDS.contains(word)) {
                return -1;
            }
            if (i > 0 && (ENDS_A_NAME.matcher(word).matches() || TITLE_WORDS.contains(word))) {
                return last;
            }
            last = nameStart + w.end();
        }
        return last;
    }

    /**
     * The known matches with the unlisted mission names added, in text order; a known match that
     * lies inside a mission name (the country in "Task Force Latvia") is dropped.
     */
    public static List<GazetteerMatch> merge(String text, List<GazetteerMatch> known) {
        List<GazetteerMatch> unlisted = unlisted(text, known);
        if (unlisted.isEmpty()) {
            return known;
        }
        return GazetteerMatch.addOver(known, unlisted);
    }
}
