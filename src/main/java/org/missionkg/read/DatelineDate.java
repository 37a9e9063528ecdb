package org.missionkg.read;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.missionkg.model.MonthNames;

/**
 * The publication date printed at the top of an article that came without metadata (a raw page
 * copy: "Elias Hubbard February 14, 2020", "date 2020-01-07", "14 February 2020 | 09:12").
 * Relative dates ("on Wednesday", "last week") cannot be resolved without one.
 *
 * <p>Only the first few short lines are read: a date deep in the story is something that
 * happened, not when the story was written. CoreNLP's SUTime would find these dates too, but it
 * runs only in the commands that extract; the reader must decide this for every command.
 */
final class DatelineDate {
    /** How many non-blank lines at the top may carry the dateline. */
    private static final int TOP_LINES = 4;
    /** A line longer than this is story text, not a dateline. */
    private static final int MAX_LINE = 90;

    private static final String MONTH = "(Jan(?:uary|\\.)?|Feb(?:ruary|\\.)?|Mar(?:ch|\\.)?|Apr(?:il|\\.)?|May|June?|July?|"
            + "Aug(?:ust|\\.)?|Sept?(?:ember|\\.)?|Oct(?:ober|\\.)?|Nov(?:ember|\\.)?|Dec(?:ember|\\.)?)";
    private static final Pattern ISO = Pattern.compile("\\b((?:19|20)\\d\\d)-(\\d\\d)-(\\d\\d)\\b");
    private static final Pattern MONTH_DAY_YEAR = Pattern.compile("\\b" + MONTH + "\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+((?:19|20)\\d\\d)\\b");
    private static final Pattern DAY_MONTH_YEAR = Pattern.compile("\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+" + MONTH + ",?\\s+((?:19|20)\\d\\d)\\b");

    private DatelineDate() {
    }

    /** The date printed in the article's first lines, or null when there is none. */
    static LocalDate find(String body) {
        int seen = 0;
        for (String line : body.split("\\R")) {
            String l = line.strip();
            if (l.isEmpty()) {
                continue;
            }
            if (++seen > TOP_LINES) {
                return null;
            }
            if (l.length() > MAX_LINE) {
                continue;
            }
            LocalDate d = dateIn(l);
            if (d != null) {
                return d;
            }
        }
        return null;
    }

    private static LocalDate dateIn(String line) {
        try {
            Matcher m = ISO.matcher(line);
            if (m.find()) {
                return LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
            }
            m = MONTH_DAY_YEAR.matcher(line);
            if (m.find()) {
                return LocalDate.of(Integer.parseInt(m.group(3)), month(m.group(1)), Integer.parseInt(m.group(2)));
            }
            m = DAY_MONTH_YEAR.matcher(line);
            if (m.find()) {
                return LocalDate.of(Integer.parseInt(m.group(3)), month(m.group(2)), Integer.parseInt(m.group(1)));
            }
        } catch (DateTimeException e) {
            return null; // "February 30, 2020": not a date, so no dateline
        }
        return null;
    }

    private static int month(String name) {
        Integer m = MonthNames.number(name);
        if (m == null) {
            throw new DateTimeException("no month " + name);
        }
        return m;
    }
}
