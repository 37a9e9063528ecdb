package org.missionkg.model;

import java.util.Locale;
import java.util.Map;

/**
 * English month names and the abbreviations news copy uses ("Sept.", "Nov"), for every stage
 * that reads a date from text: the reader (a dateline), the date resolver and the slot finder.
 * java.time's formatters know "Sep" but not "Sept", and want one fixed form per pattern.
 */
public final class MonthNames {
    private static final Map<String, Integer> MONTHS = Map.ofEntries(
            Map.entry("jan", 1), Map.entry("january", 1), Map.entry("feb", 2), Map.entry("february", 2),
            Map.entry("mar", 3), Map.entry("march", 3), Map.entry("apr", 4), Map.entry("april", 4),
            Map.entry("may", 5), Map.entry("jun", 6), Map.entry("june", 6), Map.entry("jul", 7),
            Map.entry("july", 7), Map.entry("aug", 8), Map.entry("august", 8), Map.entry("sep", 9),
            Map.entry("sept", 9), Map.entry("september", 9), Map.entry("oct", 10), Map.entry("october", 10),
            Map.entry("nov", 11), Map.entry("november", 11), Map.entry("dec", 12), Map.entry("december", 12));

    private MonthNames() {
    }

    /** The month's number (1-12) for a name or abbreviation, any case, a final dot allowed; null otherwise. */
    public static Integer number(String word) {
        if (word == null) {
            return null;
        }
        String w = word.toLowerCase(Locale.ROOT);
        return MONTHS.get(w.endsWith(".") ? w.substring(0, w.length() - 1) : w);
    }
}
