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
    /**
     * The name: in quotes as written ("Democracy in the Comoros"), else one to three capitalised words and
     * the number of a phase ("Verde Brasil 2").
     */
    private static final String NAME = "(?:[\"“](?!Operation\\b)(\\p{Lu}[^\"”]{1,60})[\"”]|[‘']?(?!Operation\\b)"
            + "((?:\\p{Lu}[\\p{L}'’-]+)(?:\\s+\\p{Lu}[\\p{L}'’-]+){0,2}(?:\\s+\\d{1,2}\\b(?![,.]\\d))?)(?!\\s+(?:its|his|her|their|the|a|an)\\b))";
    private static final Pattern INTRODUCED = Pattern.compile(
            OPERATION_WORD + ",?\\s+(?i:code-?named|dubbed|christened)\\s+" + NAME
                    + "|" + OPERATION_WORD + ",\\s+(?:(?:which\\s+(?:is|was)|now|later|also)\\s+)?(?i:named|called|known\\s+as)\\s+" + NAME
                    + "|\\b(?i:a|an)\\s+(?:[\\p{L}-]+\\s+){0,3}?" + OPERATION_WORD + "\\s+(?i:named|called|known\\s+as)\\s+" + NAME
                    // "the operation known as Verde Brasil 2": "known as" names even after "the" (a plain
                    // "called" does not: "the force called Ali its commander")
                    + "|\\b(?i:the)\\s+(?:[\\p{L}-]+\\s+){0,2}?" + OPERATION_WORD + "\\s+known\\s+as\\s+" + NAME
                    // "the military operation that ran them, known as Sea Signal,": a relative clause between
                    + "|" + OPERATION_WORD + "\\s+(?:that|which)\\s+[^,.;:\"“”]{1,60},\\s+(?:(?i:code-?named|dubbed)|known\\s+as)\\s+" + NAME);

    private CodeNames() {
    }

    /** The matches with each code name's uses added as that mission, in text order. */
    static List<GazetteerMatch> add(String text, List<GazetteerMatch> matches, Gazetteer gazetteer) {
        List<GazetteerMatch> missions = matches.stream()
                .filter(g -> g.category() == GazetteerMatch.Category.MISSION).toList();
        List<GazetteerMatch> added = new ArrayList<>();
        Matcher m = INTRODUCED.matcher(text);
        while (m.find()) {
            String name = null;
            for (int i = 1; i <= m.groupCount() && name == null; i++) {
                name = m.group(i);
            }
            String full = "Operation " + name;
            Optional<GazetteerMatch> known = gazetteer.lookup(full)
                    .filter(g -> g.category() == GazetteerMatch.Category.MISSION && g.entity() != null);
            EntityRef mission = known.map(GazetteerMatch::entity)
                    .orElse(new EntityRef(EntityKind.MISSION, Iris.slug(full), full));
            String iri = known.map(GazetteerMatch::iri).orElse(Iris.entity(mission));
            ArticleAliases.addUses(text, name, iri, mission.label(), mission, missions, added);
        }
        return added.isEmpty() ? matches : GazetteerMatch.addOver(matches, added);
    }
}
