package org.missionkg.annotate;

import java.time.DayOfWeek;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.missionkg.annotate.DateExpression.Part;
import org.missionkg.annotate.DateExpression.Unit;

/** The words date expressions are made of, and the clean-up of their text before parsing. */
final class DateWords {
    private DateWords() {
    }

    static final Map<String, Integer> SEASONS = Map.of(
            "spring", 21, "summer", 22, "fall", 23, "autumn", 23, "winter", 24);
    static final Map<String, Part> PARTS = Map.of("early", Part.EARLY, "mid", Part.MID,
            "middle", Part.MID, "late", Part.LATE, "start", Part.START, "beginning", Part.START, "end", Part.END);
    static final Map<String, Unit> UNITS = Map.of("day", Unit.DAY, "week", Unit.WEEK,
            "month", Unit.MONTH, "year", Unit.YEAR);
    static final Map<String, Integer> COUNTS = Map.ofEntries(Map.entry("a", 1), Map.entry("an", 1),
            Map.entry("one", 1), Map.entry("two", 2), Map.entry("three", 3), Map.entry("four", 4),
            Map.entry("five", 5), Map.entry("six", 6), Map.entry("seven", 7), Map.entry("eight", 8),
            Map.entry("nine", 9), Map.entry("ten", 10), Map.entry("eleven", 11), Map.entry("twelve", 12));
    static final Set<String> DAYPARTS = Set.of("night", "morning", "afternoon", "evening", "overnight", "midnight", "midday", "noon",
            "dawn", "dusk");
    /** Words of expressions that are not a point or span in time, or too vague to place. */
    static final Set<String> NOT_A_POINT = Set.of("now", "once", "currently", "current", "previously",
            "recently", "recent", "coming", "past", "present", "future", "soon", "ever", "nowadays", "lately",
            "formerly", "then", "later", "earlier", "eventually", "hours", "minutes", "days", "weeks",
            "months", "years", "decades", "decade", "century", "centuries", "week", "month", "year");

    /**
     * Lower case, single spaces, no quotes or punctuation ("Nov." becomes "nov"), no ordinal
     * suffixes, "mid-2021" as "mid 2021", a spaced dash as "to".
     */
    static String normalise(String text) {
        if (text == null) {
            return "";
        }
        String s = text.replaceAll("[\\s\\u00A0\\u2007\\u2009\\u200A\\u202F]+", " ")
                .replaceAll("[\\u2010-\\u2015\\u2212]", "-")
                .replace('\u2019', '\'').replace('\u2018', '\'')
                .toLowerCase(Locale.ROOT);
        s = s.replaceAll("'s\\b", "")
                .replaceAll("[\"'\\u201C\\u201D\\u00AB\\u00BB()\\[\\],;:!?.]", " ")
                .replaceAll("\\b(\\d{1,2})(st|nd|rd|th)\\b", "$1")
                .replaceAll("\\b(mid|early|late)-", "$1 ")
                .replaceAll(" +- +", " to ");
        return s.replaceAll(" +", " ").strip();
    }

    static DayOfWeek weekday(String w) {
        return switch (w) {
            case "monday", "mon" -> DayOfWeek.MONDAY;
            case "tuesday", "tues" -> DayOfWeek.TUESDAY;
            case "wednesday", "wed" -> DayOfWeek.WEDNESDAY;
            case "thursday", "thurs" -> DayOfWeek.THURSDAY;
            case "friday", "fri" -> DayOfWeek.FRIDAY;
            case "saturday" -> DayOfWeek.SATURDAY;
            case "sunday" -> DayOfWeek.SUNDAY;
            default -> null;
        };
    }

    static boolean isDaypart(String w) {
        return DAYPARTS.contains(w);
    }
}
