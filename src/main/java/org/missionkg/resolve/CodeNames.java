package org.missionkg.resolve;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.missionkg.model.EntityKind;
import org.missionkg.model.EntityRef;
import org.missionkg.reference.Gazetteer;
import org.missionkg.reference.GazetteerMatch;
import org.missionkg.vocab.Iris;

/**
 * A mission an article introduces by its code name alone: "The operation, codenamed Essential
 * Harvest, will bring 3,500 troops", "an intervention dubbed Boleas", "a deployment known as
 * Sentinel". The name after "codenamed", "dubbed", "named", "called" or "known as", next to a word
 * for an operation, is "Operation" and that name: the gazetteer's mission of that name, else an
 * unlisted one of that name (as reference.MissionNames names an "Operation X" it does not know).
 * The name may also come first ("Proteus, as the military calls the deployment") or after who named it ("what
 * Paris called Daguet"); a name that says what it names ("the Indo-Pacific Deployment 2021") is the whole name.
 * Every use of the name in the article is that mission. The gazetteer does not list such short
 * names alone, since outside an article that says what they name they are ordinary words.
 */
final class CodeNames {
    /**
     * "operation, codenamed X", "mission dubbed 'X'", "an intervention called X", "the deployment,
     * known as X,": a code word anywhere, a plain "named", "called" or "known as" only after a
     * comma or in an indefinite introduction ("the force called Ali its ninth commander" names none).
     */
    private static final String OPERATION_WORD = "\\b(?i:operation|mission|deployment|intervention|force|effort)\\b";
    /** What a code name may name beyond an operation: a country's build-up, patrols, voyage, contribution or team. */
    private static final String DEPLOYMENT_WORD = "\\b(?i:operation|mission|deployment|intervention|force|effort|build-?up|"
            + "patrols?|voyage|contribution|contingent|team|rotation|campaign|task\\s+force)\\b";
    /**
     * Who names an operation in "what Paris called X", "which the navy calls X": a government, a service, a capital, "it"
     * or "they" (not "which the locals call", a place's name).
     */
    private static final String NAMER = "(?:it|they|\\p{Lu}\\p{L}+(?:\\s+\\p{Lu}\\p{L}+)?|the\\s+(?:[\\p{L}-]+\\s+){0,2}?"
            + "(?i:army|navy|military|ministry|government|alliance|command|department|forces|force|air\\s+force))";
    /**
     * The name: in quotes as written ("Democracy in the Comoros"), else one to three capitalised words and
     * the number of a phase or its year ("Verde Brasil 2", "Indo-Pacific Deployment 2021").
     */
    private static final String NAME = "(?:[\"“](?!Operation\\b)(\\p{Lu}[^\"”]{1,60})[\"”]|[‘']?(?!Operation\\b)"
            + "((?:\\p{Lu}[\\p{L}'’-]+)(?:\\s+\\p{Lu}[\\p{L}'’-]+){0,2}(?:\\s+\\d{1,4}\\b(?![,.]\\d))?)(?!\\s+(?:its|his|her|their|the|a|an)\\b))";
    private static final Pattern INTRODUCED = Pattern.compile(
            OPERATION_WORD + ",?\\s+(?i:code-?named|dubbed|christened)\\s+" + NAME
                    + "|" + OPERATION_WORD + ",\\s+(?:(?:which\\s+(?:is|was)|now|later|also)\\s+)?(?i:named|called|known\\s+as)\\s+" + NAME
                    + "|\\b(?i:a|an)\\s+(?:[\\p{L}-]+\\s+){0,3}?" + OPERATION_WORD + "\\s+(?i:named|called|known\\s+as)\\s+" + NAME
                    // "the operation known as Verde Brasil 2": "known as" names even after "the" (a plain
                    // "called" does not: "the force called Ali its commander")
                    + "|\\b(?i:the)\\s+(?:[\\p{L}-]+\\s+){0,2}?" + OPERATION_WORD + "\\s+known\\s+as\\s+" + NAME
                    // "the military operation that ran them, known as Sea Signal,": a relative clause between
                    + "|" + OPERATION_WORD + "\\s+(?:that|which)\\s+[^,.;:\"“”]{1,60},\\s+(?:(?i:code-?named|dubbed)|known\\s+as)\\s+" + NAME
                    // "Proteus, as the military calls the deployment,": the name first, what it names after
                    + "|(?<![\\p{L}'’-])" + NAME + ",\\s+as\\s+(?:the\\s+)?(?:[\\p{L}-]+\\s+){0,2}?(?:calls|called|names|named|dubs|dubbed)\\s+"
                    + "(?:it|them|the\\s+(?:[\\p{L}-]+\\s+){0,2}?" + DEPLOYMENT_WORD + ")"
                    // "what Paris called Daguet", "which it calls the Indo-Pacific Deployment 2021": who named it, then the name
                    + "|\\b(?:what|which|that)\\s+" + NAMER + "\\s+(?:calls|called|names|named|dubs|dubbed|(?:has|had)\\s+(?:named|called|dubbed))\\s+"
                    + "(?:the\\s+)?" + NAME
                    // "Australia's sanctions patrols, known in Defence as Argus"
                    // of a country's own deployment, not of a mission or a force, whose other name there is often another
                    // language's or the gazetteer's
                    + "|\\b(?i:patrols?|build-?up|voyage|contribution|deployment|rotation),?\\s+known\\s+(?:in|to|within|inside|among)\\s+"
                    + "(?!(?:French|English|Arabic|Spanish|Portuguese|German|Italian|Russian)\\b)(?:[\\p{L}-]+\\s+){1,3}?as\\s+" + NAME);
    /** A name that says itself what it names ("the Indo-Pacific Deployment 2021") is the mission's whole name. */
    private static final Pattern NAMES_ITS_KIND = Pattern.compile(
            "(?:Operation|Mission|Deployment|Force|Group|Patrol|Contingent|Detachment)(?:\\s+\\d{1,4})?$");

    private CodeNames() {
    }

    /** The matches with each code name's uses added as that mission, in text order. */
    static List<GazetteerMatch> add(String text, List<GazetteerMatch> matches, Gazetteer gazetteer) {
        List<GazetteerMatch> missions = matches.stream()
                .filter(g -> g.category() == GazetteerMatch.Category.MISSION).toList();
        List<GazetteerMatch> added = new ArrayList<>();
        Matcher m = INTRODUCED.matcher(text);
        while (m.find()) {
            String name = firstGroup(m);
            String full = NAMES_ITS_KIND.matcher(name).find() ? name : "Operation " + name;
            // "The operation, called EUNAVFOR Med": a name the gazetteer knows as it stands is that mission
            Optional<GazetteerMatch> known = gazetteer.lookup(full)
                    .or(() -> gazetteer.lookup(name))
                    .filter(g -> g.category() == GazetteerMatch.Category.MISSION && g.entity() != null);
            EntityRef mission = known.map(GazetteerMatch::entity)
                    .orElse(new EntityRef(EntityKind.MISSION, Iris.slug(full), full));
            String iri = known.map(GazetteerMatch::iri).orElse(Iris.entity(mission));
            ArticleAliases.addUses(text, name, iri, mission.label(), mission, missions, added);
        }
        return added.isEmpty() ? matches : GazetteerMatch.addOver(matches, added);
    }

    /** The name the introduction matched: the first of the pattern's alternatives that took part. */
    private static String firstGroup(Matcher m) {
        for (int i = 1; i <= m.groupCount(); i++) {
            if (m.group(i) != null) {
                return m.group(i);
            }
        }
        throw new IllegalStateException("an introduction without a name: " + m.group());
    }
}
