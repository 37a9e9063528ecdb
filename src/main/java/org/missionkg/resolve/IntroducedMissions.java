package org.missionkg.resolve;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.missionkg.model.EntityKind;
import org.missionkg.model.EntityRef;
import org.missionkg.reference.GazetteerMatch;
import org.missionkg.vocab.Iris;

/**
 * Missions the gazetteer does not list and whose names have no mission shape, which an article
 * introduces to its readers as what they are: "the Zambian Battalion, the infantry unit that
 * Zambia keeps inside the UN mission", "the Regional Security System (RSS), the eastern
 * Caribbean's collective security body", "the Ruritanian Stabilisation Force, a 900-strong
 * mission set up in 2019". A capitalised name, perhaps its acronym, then a description in
 * apposition whose head noun is a kind of mission or force; the name becomes an unlisted mission
 * (like reference.MissionNames' "Operation X"), and every other use of it in the article is that
 * mission. Its acronym follows through {@link ArticleAliases}.
 *
 * <p>The description is the evidence: a capitalised name alone ("the Rapid Support Forces", "the
 * Defence Intelligence Agency") says nothing of what it names, and news introduces a mission its
 * readers do not know in exactly this way. A name the gazetteer knows as a mission or an
 * organisation stays the gazetteer's.
 */
final class IntroducedMissions {
    /** A capitalised word of a name, or an acronym; "of", "for", "in", "the", "and", "on" only inside. */
    private static final String WORD = "(?:\\p{Lu}[\\p{L}'’-]*\\p{L}|\\p{Lu}{2,}|\\d{1,3}(?:st|nd|rd|th)?)";
    private static final String INSIDE = "(?:of|for|in|the|and|on|to)";
    /**
     * A word of the description before its head: a lower-case word that is no clause word, a number ("900-strong"),
     * an owner's possessive ("Zambia's", "the eastern Caribbean's") or a capitalised adjective ("Saudi-backed").
     */
    private static final String DESCRIBING = "(?:(?!(?:to|that|which|who|whom|whose|where|when|now|also|still|then|but|"
            + "as|is|was|has|had|have|be|been|said)\\b)[a-z][a-z-]*(?:['’]s)?|\\d[\\d,.]*(?:-[a-z]+)?|\\p{Lu}[\\p{L}-]*(?:['’]s)?)";
    /**
     * A word in the name that makes it a national or civil body, not a mission: "the Danish Defence Command",
     * "the Congolese National Police", "the Ministry of ...".
     */
    private static final Pattern CIVIL_OR_NATIONAL = Pattern.compile("\\b(?:Defen[cs]e|Armed|Police|Ministry|Department|Agency|"
            + "Army|Navy|Air|Guard|Gendarmerie|University|Institute|Council|Committee|Commission|Party|Bank|Fund|Company|"
            + "Corporation|According|Command|Headquarters|Service|Services)\\b");
    /**
     * The name must itself sound like a formation, or it may be a person's or a place's ("Lieutenant General
     * Paolo Rinaldi, the fourth Italian officer to lead the ... mission").
     */
    private static final Pattern FORMATION_WORD = Pattern.compile("\\b(?:Battalion|Brigade|Force|Forces|Mission|Operation|"
            + "Unit|Contingent|Coalition|System|Group|Task|Initiative|Presence|Alliance|Pact|Battle\\s?[Gg]roup|Detachment|"
            + "Team|Patrols?|Mechanism|Deployment|Corps)\\b");
    private static final Pattern INTRODUCED = Pattern.compile(
            "(?<![\\p{L}\\d'’-])(" + WORD + "(?:[^\\S\\n]+(?:" + INSIDE + "[^\\S\\n]+){0,2}" + WORD + "){1,7})"
                    // its acronym: "(RSS)", ", ZAMBATT for short,"
                    + "(?:[^\\S\\n]*\\([^\\S\\n]*\\p{Lu}[\\p{Lu}\\d&-]{1,9}[^\\S\\n]*\\)|,[^\\S\\n]+\\p{Lu}[\\p{Lu}\\d&-]{1,9}[^\\S\\n]+for[^\\S\\n]+short)?"
                    + ",[^\\S\\n]+(?:(?:a|an|the)[^\\S\\n]+)((?:" + DESCRIBING + "[^\\S\\n]+){0,5}?)(mission|force|operation|deployment|contingent|"
                    + "battalion|battle\\s?group|task\\s+force|unit|coalition|alliance|pact|grouping|body|arrangement|"
                    + "formation|presence)\\b(?!['’])");
    /** A word and the space after it. */
    private static final Pattern FIRST_WORD = Pattern.compile("\\S+\\s+");
    /** The name's words up to its first inside word, and that word with any "the" after it. */
    private static final Pattern LEADING_PART = Pattern.compile("(\\S+(?:\\s+\\S+)*?)\\s+" + INSIDE + "\\s+(?:the\\s+)?");
    /** Words in the description before its head that make it no mission: "the country's air force", "the police unit". */
    private static final Pattern NOT_A_MISSION = Pattern.compile(
            "(?i)\\b(?:air|police|border|armed|defen[cs]e|special|naval\\s+air|intelligence|investigations?|"
                    + "anti-corruption|task|labour|labor|political|trade|customs|rescue|fire|medical\\s+research)\\s*$");
    /**
     * What a grouping's name or description must say to be a security one ("a defence and police pact", "the
     * eastern Caribbean's collective security body", "the ... Military ... Coalition"): a coalition, alliance, pact, grouping, body or
     * arrangement may be political, economic or anything else.
     */
    private static final Pattern SECURITY = Pattern.compile(
            "(?i)\\b(?:military|defen[cs]e|security|counter-?terror\\w*|peacekeeping|stabili[sz]ation|naval|maritime|"
                    + "intervention|standby|troops?)\\b");
    private static final Set<String> GROUPINGS = Set.of("coalition", "alliance", "pact", "grouping", "body", "arrangement");
    /** Head words after which the description goes on as a clause's subject ("Tuesday, the force said"). */
    private static final Pattern VERB_AFTER = Pattern.compile(
            "^\\s+(?:(?:now|also|still|then|\\w+ly)\\s+)?(?:said|says|has|had|have|is|was|were|are|will|would|added|announced|told|reported|confirmed|did|does)\\b");
    /** First words that begin no mission's name: days, months, titles, words that start a sentence. */
    static final Set<String> NOT_FIRST = Set.of("The", "A", "An", "In", "On", "At", "By", "For", "Its", "His", "Her",
            "Their", "This", "That", "These", "Those", "But", "And", "When", "While", "After", "Before", "Since", "Under",
            "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "January", "February", "March",
            "April", "May", "June", "July", "August", "September", "October", "November", "December", "Mr", "Mrs", "Ms",
            "Dr", "President", "Minister", "General", "Colonel", "Major", "Lieutenant", "Captain", "Brigadier", "Admiral");

    private IntroducedMissions() {
    }

    /** The matches with each introduced mission's name and its other uses added, in text order. */
    static List<GazetteerMatch> add(String text, List<GazetteerMatch> matches) {
        List<GazetteerMatch> missions = matches.stream()
                .filter(g -> g.category() == GazetteerMatch.Category.MISSION).toList();
        List<GazetteerMatch> introduced = new ArrayList<>();
        Matcher m = INTRODUCED.matcher(text);
        while (m.find()) {
            int start = m.start(1);
            int end = m.end(1);
            // "The Regional Security System (RSS), ...": the sentence's first word is not the name's
            Matcher word = FIRST_WORD.matcher(text).region(start, end);
            while (word.lookingAt() && NOT_FIRST.contains(word.group().strip())) {
                start = word.end();
                word.region(start, end);
            }
            // "Troops of the Ruritanian Stabilisation Force": words before an "of" that hold no formation's word are
            // the sentence's, not the name's
            Matcher lead = LEADING_PART.matcher(text).region(start, end);
            while (lead.lookingAt() && !FORMATION_WORD.matcher(lead.group(1)).find()) {
                start = lead.end();
                lead.region(start, end);
            }
            String name = text.substring(start, end);
            String head = m.group(3).toLowerCase(Locale.ROOT);
            String describer = m.group(2);
            boolean grouping = GROUPINGS.contains(head);
            boolean soundsLikeAFormation = name.contains(" ") && FORMATION_WORD.matcher(name).find()
                    && !CIVIL_OR_NATIONAL.matcher(name).find() && !NOT_FIRST.contains(name.split("\\s+")[0]);
            boolean describedAsOne = grouping ? SECURITY.matcher(name + " " + describer).find()
                    : !NOT_A_MISSION.matcher(describer).find();
            if (!soundsLikeAFormation || !describedAsOne || VERB_AFTER.matcher(text.substring(m.end())).lookingAt()
                    || GazetteerMatch.anyOverlaps(start, end, missions) || namedByTheGazetteer(start, end, matches)) {
                continue;
            }
            String label = name.replaceAll("\\s+", " ");
            EntityRef mission = new EntityRef(EntityKind.MISSION, Iris.slug(label), label);
            ArticleAliases.addUses(text, name, Iris.entity(mission), label, mission, missions, introduced);
            String initials = initials(label);
            if (initials.length() >= 3 && matches.stream().noneMatch(g -> g.surface().equals(initials))) {
                // "Headquartered at Paragon, the RSS pools soldiers ...": the name's initials, used without being
                // introduced, are the name in an article that has just introduced it (not where the gazetteer
                // reads those letters as something else)
                ArticleAliases.addUses(text, initials, Iris.entity(mission), label, mission, missions, introduced);
            }
        }
        return introduced.isEmpty() ? matches : GazetteerMatch.addOver(matches, introduced);
    }

    /** "RSS" for "Regional Security System": the first letters of the name's capitalised words. */
    static String initials(String name) {
        StringBuilder out = new StringBuilder();
        for (String w : name.split("\\s+")) {
            if (Character.isUpperCase(w.charAt(0))) {
                out.append(w.charAt(0));
            }
        }
        return out.toString();
    }

    /** Whether a known organisation's (or any non-place) match spans the whole name: it is no unlisted mission. */
    static boolean namedByTheGazetteer(int start, int end, List<GazetteerMatch> matches) {
        return matches.stream().anyMatch(g -> g.start() <= start && g.end() >= end
                && g.category() != GazetteerMatch.Category.PLACE && g.category() != GazetteerMatch.Category.COUNTRY
                && g.category() != GazetteerMatch.Category.DEMONYM);
    }
}
