package org.missionkg.resolve;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.missionkg.model.EntityRef;
import org.missionkg.reference.GazetteerMatch;

/**
 * Short names an article gives a mission after naming it in full: the name without its
 * "Operation" ("Operation Interflex … Interflex was launched in June 2022"; also when the article
 * printed another of its names, "EUNAVFOR MED Irini … Irini, launched in 2020, …") and an acronym
 * introduced beside the full name ("the Multinational Force and Observers (MFO)", "…, or MFO,").
 * Each later use becomes a match of the same mission, so the rest of the pipeline reads it as
 * the mission it stands for.
 *
 * <p>Only the article's own introductions count: "MFO" or "Orbital" alone in an article that
 * never named the mission stay what they were, because outside that article the short form is
 * ambiguous (that is why the gazetteer does not list them). This is resolution across
 * sentences, so it sits here and not in the extractor's sentence scanner.
 */
final class ArticleAliases {
    private static final Pattern OPERATION_PREFIX = Pattern.compile("^(?:Operation|Opération|Op\\.?)\\s+(.+)$");
    /** The short name left after "Operation": one to three capitalised words or an all-capitals word. */
    private static final Pattern SHORT_NAME = Pattern.compile(
            "(?:\\p{Lu}[\\p{L}'’]+|\\p{Lu}{2,})(?:[\\s-](?:\\p{Lu}[\\p{L}'’]+|\\p{Lu}{2,}|\\d+)){0,2}");
    /** "(MFO)", ", or MFO," or ", MFO for short," right after a name. */
    private static final Pattern ACRONYM_AFTER = Pattern.compile(
            "^\\s*(?:\\(\\s*|,\\s+(?:or|known\\s+as|also\\s+known\\s+as)\\s+(?:the\\s+)?)(\\p{Lu}[\\p{Lu}\\d&-]{1,9})(?=\\s*[),])"
                    + "|^,\\s+(\\p{Lu}[\\p{Lu}\\d&-]{1,9})\\s+for\\s+short\\b");
    /** Words that may follow "Operation" but are not names ("Operation Commander", "operation centre"). */
    private static final Set<String> NOT_NAMES = Set.of("Commander", "Command", "Centre", "Center", "Headquarters",
            "Room", "Area", "Plan", "Order", "Orders", "Officer", "Staff", "Base", "The", "A", "An", "In", "On");

    private ArticleAliases() {
    }

    /**
     * The matches with the article's own short names of its missions added where they occur
     * outside any mission match, in text order. A non-mission match under such a use (the
     * gazetteer's place "Orbital", the tagger-free "MFO") gives way to the mission.
     */
    public static List<GazetteerMatch> add(String text, List<GazetteerMatch> matches) {
        Map<String, GazetteerMatch> aliases = new LinkedHashMap<>();
        for (GazetteerMatch g : matches) {
            if (g.category() != GazetteerMatch.Category.MISSION) {
                continue;
            }
            // The name as printed ("Operation Interflex"), and the mission's own name where another form was
            // printed ("EUNAVFOR MED Irini", whose name is Operation Irini: "Irini, launched five years ago, ...").
            for (String name : new String[] {g.surface().strip(), g.label() == null ? "" : g.label().strip()}) {
                Matcher op = OPERATION_PREFIX.matcher(name);
                if (op.matches() && SHORT_NAME.matcher(op.group(1)).matches()
                        && !NOT_NAMES.contains(op.group(1).split("[\\s-]")[0])) {
                    aliases.putIfAbsent(op.group(1), g);
                }
            }
            Matcher acr = ACRONYM_AFTER.matcher(text.substring(g.end(), Math.min(text.length(), g.end() + 24)));
            if (acr.find()) {
                aliases.putIfAbsent(acr.group(1) != null ? acr.group(1) : acr.group(2), g);
            }
        }
        if (aliases.isEmpty()) {
            return matches;
        }
        List<GazetteerMatch> missions = matches.stream()
                .filter(g -> g.category() == GazetteerMatch.Category.MISSION).toList();
        List<GazetteerMatch> added = new ArrayList<>();
        for (Map.Entry<String, GazetteerMatch> a : aliases.entrySet()) {
            String alias = a.getKey();
            EntityRef mission = a.getValue().entity();
            if (otherMissionUses(alias, mission, missions)) {
                continue; // two missions of the article share the short form: it says neither
            }
            addUses(text, alias, a.getValue().iri(), a.getValue().label(), mission, missions, added);
        }
        if (added.isEmpty()) {
            return matches;
        }
        return GazetteerMatch.addOver(matches, added);
    }

    /**
     * Each use of {@code name} as a whole word in the text that lies outside the mission matches
     * and the uses added so far, appended to {@code added} as a match of {@code mission}.
     */
    static void addUses(String text, String name, String iri, String label, EntityRef mission,
                        List<GazetteerMatch> missions, List<GazetteerMatch> added) {
        Matcher use = Pattern.compile("(?<![\\p{L}\\d-])" + Pattern.quote(name) + "(?![\\p{L}\\d-])").matcher(text);
        while (use.find()) {
            int b = use.start();
            int e = use.end();
            if (!GazetteerMatch.anyOverlaps(b, e, missions) && !GazetteerMatch.anyOverlaps(b, e, added)) {
                added.add(new GazetteerMatch(b, e, use.group(), GazetteerMatch.Category.MISSION, iri, label, mission));
            }
        }
    }

    private static boolean otherMissionUses(String alias, EntityRef mission, List<GazetteerMatch> missions) {
        return missions.stream().anyMatch(g -> !g.entity().equals(mission)
                && g.surface().matches("(?s).*(?<![\\p{L}\\d-])" + Pattern.quote(alias) + "(?![\\p{L}\\d-]).*"));
    }
}
