package org.missionkg.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.missionkg.model.CommandTenure;
import org.missionkg.model.EventType;
import org.missionkg.model.Fact;
import org.missionkg.model.FuzzyDate;

/**
 * A mission's last commander held command until the mission ended: "The flag was cased by its
 * last U.S. commander, Brigadier General Robin Scott", "Colonel Eric Brown, the last commander of
 * the task force". When the article also says when the mission ended, that end is the tenure's.
 * Only a commander the text calls the last (or final) one: ending whatever tenure was held when a
 * mission closes was tried and lost more dates than it gained on the blind sets, since the person
 * the story names is often a former commander.
 */
final class LastCommanders {
    /** "last commander", "final force commander", "last U.S. commander", within a sentence. */
    private static final Pattern LAST_TITLE = Pattern.compile(
            "(?i)\\b(?:last|final)\\s+(?:[\\w.-]+\\s+){0,2}?commander\\b");

    private LastCommanders() {
    }

    /** The article's facts with each undated-end tenure of a last commander ended where its mission ended. */
    static List<Fact> ended(List<Fact> facts) {
        List<Fact> out = new ArrayList<>(facts.size());
        for (Fact f : facts) {
            if (!(f instanceof CommandTenure t) || t.end() != null || !calledLast(t)) {
                out.add(f);
                continue;
            }
            Set<FuzzyDate> ends = Set.copyOf(MissionDates.stated(facts, t.mission(), Set.of(EventType.END)));
            if (ends.size() != 1) {
                out.add(f); // no end told, or two that disagree: the tenure stays open
                continue;
            }
            FuzzyDate end = ends.iterator().next();
            if (t.start() != null && end.latest().isBefore(t.start().earliest())) {
                out.add(f);
                continue;
            }
            out.add(new CommandTenure(t.commander(), t.mission(), t.rank(), t.start(), end, t.provenance()));
        }
        return out;
    }

    /** Whether the sentence calls this commander the last: the title within a few words of their surname. */
    private static boolean calledLast(CommandTenure t) {
        String sentence = t.provenance().evidence().sentence();
        String surname = surname(t);
        String lower = sentence.toLowerCase(Locale.ROOT);
        var title = LAST_TITLE.matcher(sentence);
        while (title.find()) {
            int at = lower.indexOf(surname, Math.max(0, title.start() - 60));
            // "its last commander, Brigadier General X" (the name just after) or "X, the last commander of" (just before)
            if (at >= 0 && Math.abs(at - title.end()) <= 60) {
                return true;
            }
        }
        return false;
    }

    /** The commander's last name, lower-cased, as the passes over a tenure's sentence look for it there. */
    static String surname(CommandTenure t) {
        String[] names = t.commander().label().split("\\s+");
        return names[names.length - 1].toLowerCase(Locale.ROOT);
    }
}
