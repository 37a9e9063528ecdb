package org.missionkg.resolve;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.missionkg.model.EntityRef;
import org.missionkg.reference.Gazetteer;
import org.missionkg.reference.GazetteerMatch;

/**
 * A country's troops described by where they serve, with no name for their deployment: "Japan's
 * army engineers in South Sudan will remain inside the UN compound", "Canadian soldiers in Latvia
 * ...". Where the gazetteer knows exactly one mission that country runs in that host country and
 * that was active in the story's year, the troops are that mission, as a careful reader takes
 * them: the contingent, not the UN or NATO mission it serves beside.
 *
 * <p>The match covers the troop words only ("army engineers"), so the country and the host keep
 * their own matches. A counted phrase ("about 400 Japanese engineers in South Sudan") is left
 * alone: it is a troop count, which the count readings need as it stands.
 */
final class NationalContingents {
    /**
     * Optional ordinal, service and trade words and a troop noun, then where they are: "army engineers in",
     * "eleventh engineering unit in", "troops serving in the".
     */
    private static final Pattern TROOPS_IN = Pattern.compile(
            "\\G(?:['’]s)?\\s+((?:(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|"
                    + "\\d+(?:st|nd|rd|th)|latest|current|army|military|naval|navy|air\\s+force|ground|self-defen[cs]e\\s+force|"
                    + "marine|police|engineering|engineer|medical|logistics|training|peacekeeping)\\s+){0,3}"
                    + "(?:troops|soldiers|engineers|peacekeepers|forces|contingent|sailors|airmen|trainers|advisers|advisors|"
                    + "instructors|medics|unit|battalion|detachment))\\s+(?:(?:serving|deployed|stationed|based)\\s+)?in\\s+(?:the\\s+)?$");
    /**
     * A number or quantity word right before the country ("400 Japanese engineers", "some Canadian troops",
     * "the number of British soldiers in Estonia rose to 1,000").
     */
    private static final Pattern COUNTED = Pattern.compile(
            "(?i)(?:\\b(?:number|numbers|strength|size|total|count|share)\\s+of(?:\\s+the)?|\\d[\\d,.]*|dozen|hundred|hundreds|thousand|thousands|several|some|about|around|nearly|few|more|fewer|"
                    + "two|three|four|five|six|seven|eight|nine|ten|twelve|fifteen|twenty|thirty|forty|fifty|sixty|seventy|"
                    + "eighty|ninety)\\s+$");

    private final Gazetteer gazetteer;

    private NationalContingents(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    static NationalContingents over(Gazetteer gazetteer) {
        return new NationalContingents(gazetteer);
    }

    /** The matches with a mission match added for each contingent described so, in text order. */
    List<GazetteerMatch> add(String text, List<GazetteerMatch> matches, LocalDate published) {
        List<GazetteerMatch> added = new ArrayList<>();
        for (int i = 0; i < matches.size(); i++) {
            GazetteerMatch who = matches.get(i);
            if (who.entity() == null || who.category() != GazetteerMatch.Category.COUNTRY
                    && who.category() != GazetteerMatch.Category.DEMONYM) {
                continue;
            }
            GazetteerMatch host = nextCountry(matches, i);
            if (host == null || host.entity().equals(who.entity()) || host.start() - who.end() > 60) {
                continue;
            }
            // the region's bounds anchor \G and $: the troop words run from the country's end to the host's start
            Matcher m = TROOPS_IN.matcher(text).region(who.end(), host.start());
            if (!m.find() || COUNTED.matcher(text.substring(Math.max(0, who.start() - 24), who.start())).find()) {
                continue;
            }
            int begin = m.start(1);
            int end = m.end(1);
            if (GazetteerMatch.anyOverlaps(begin, end, matches)) {
                continue;
            }
            List<EntityRef> fits = gazetteer.missionsOperatedBy(who.entity()).stream()
                    .filter(x -> gazetteer.hostCountries(x).contains(host.entity()))
                    .filter(x -> published == null || gazetteer.eras().activeIn(x, published.getYear()))
                    .toList();
            if (fits.size() != 1) {
                continue;
            }
            added.add(MissionDescriptions.missionMatch(gazetteer, text, begin, end, fits.get(0)));
        }
        return added.isEmpty() ? matches : GazetteerMatch.addOver(matches, added);
    }

    /** The next match after {@code i} if it is a country (the host), else null. */
    private static GazetteerMatch nextCountry(List<GazetteerMatch> matches, int i) {
        if (i + 1 >= matches.size()) {
            return null;
        }
        GazetteerMatch next = matches.get(i + 1);
        return next.category() == GazetteerMatch.Category.COUNTRY && next.entity() != null ? next : null;
    }
}
