package org.missionkg.model;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A date as precise as the text that states it, written in the subset of EDTF
 * (Library of Congress Extended Date/Time Format, level 0 and 1) that news needs, with the
 * earliest and latest calendar days it allows.
 *
 * <pre>
 *   FuzzyDate.parse("2019-23")    // autumn 2019: 2019-09-01 .. 2019-11-30
 *   FuzzyDate.parse("2020-11")    // 2020-11-01 .. 2020-11-30
 *   FuzzyDate.parse("2020-01-04/2020-01-05")
 *   FuzzyDate.parse("2019-23~")   // about autumn 2019: widened by a month each side
 *   FuzzyDate.parse("2018/..")    // from 2018, open end: latest() is empty
 * </pre>
 *
 * Seasons follow the northern hemisphere's meteorological seasons: 21 spring = March-May,
 * 22 summer = June-August, 23 autumn = September-November, 24 winter = December of the year
 * to February of the next. An approximate date ({@code ~}) is widened by its own unit: a day
 * by 7 days, a month or season by one month, a year by one year. Uncertain ({@code ?}) keeps
 * its bounds. Records carry only the canonical EDTF string; bounds are computed.
 */
public record FuzzyDate(String edtf) implements Comparable<FuzzyDate> {

    private static final int REMEMBERED = 100_000;
    private static final java.util.Map<String, LocalDate[]> RANGES = new java.util.concurrent.ConcurrentHashMap<>();
    private static final Pattern SIMPLE =
            Pattern.compile("(\\d{4})(?:-(\\d{2})(?:-(\\d{2}))?)?([~?%])?");

    /** How precise a single (non-interval) date is. */
    public enum Precision { YEAR, SEASON, MONTH, DAY }

    public FuzzyDate {
        Objects.requireNonNull(edtf, "edtf");
        edtf = edtf.strip();
        // A string whose bounds are remembered was valid when first made: reading a mission's claims back
        // (one date or two each, 36,000 claims for the largest at 100k) need not match it against the pattern again.
        if (!RANGES.containsKey(edtf)) {
            validate(edtf);
        }
    }

    /** Parses an EDTF string of the supported subset; throws {@link IllegalArgumentException} otherwise. */
    public static FuzzyDate parse(String edtf) {
        return new FuzzyDate(edtf);
    }

    public static FuzzyDate ofDay(LocalDate day) {
        return new FuzzyDate(day.toString());
    }

    public static FuzzyDate ofMonth(YearMonth month) {
        return new FuzzyDate(month.toString());
    }

    public static FuzzyDate ofYear(int year) {
        return new FuzzyDate(String.format("%04d", year));
    }

    /** season: 21 spring, 22 summer, 23 autumn, 24 winter. */
    public static FuzzyDate ofSeason(int year, int season) {
        if (season < 21 || season > 24) {
            throw new IllegalArgumentException("season must be 21..24: " + season);
        }
        return new FuzzyDate(String.format("%04d-%02d", year, season));
    }

    /** An interval between two dates; either side may be null for an open end. */
    public static FuzzyDate between(FuzzyDate from, FuzzyDate to) {
        if (from == null && to == null) {
            throw new IllegalArgumentException("an interval needs at least one end");
        }
        return new FuzzyDate((from == null ? ".." : from.edtf) + "/" + (to == null ? ".." : to.edtf));
    }

    /** The same date marked approximate ({@code ~}). Intervals and already-qualified dates are returned as they are. */
    public FuzzyDate approximate() {
        if (isInterval() || edtf.endsWith("~") || edtf.endsWith("%") || edtf.endsWith("?")) {
            return this;
        }
        return new FuzzyDate(edtf + "~");
    }

    public boolean isInterval() {
        return edtf.contains("/");
    }

    public boolean isApproximate() {
        return edtf.endsWith("~") || edtf.endsWith("%");
    }

    /** Precision of a single date; for an interval, that of its earlier known end. */
    public Precision precision() {
        String single = isInterval() ? firstKnownEnd() : edtf;
        Matcher m = SIMPLE.matcher(single);
        if (!m.matches()) {
            throw new IllegalStateException(edtf);
        }
        if (m.group(2) == null) {
            return Precision.YEAR;
        }
        if (m.group(3) != null) {
            return Precision.DAY;
        }
        return Integer.parseInt(m.group(2)) > 12 ? Precision.SEASON : Precision.MONTH;
    }

    /** The first day this date can be, or null for an open start. */
    public LocalDate earliest() {
        return range()[0];
    }

    /** The last day this date can be, or null for an open end. */
    public LocalDate latest() {
        return range()[1];
    }

    /**
     * [earliest, latest], remembered by EDTF string: consolidation compares every claim of a mission
     * with the others, and parsing the string on each comparison was most of its time (10 s for one
     * mission of a 100,000-article store). A store holds few distinct dates; the memory is cleared
     * if it ever grows past {@value #REMEMBERED} of them.
     */
    private LocalDate[] range() {
        LocalDate[] r = RANGES.get(edtf);
        if (r == null) {
            if (isInterval()) {
                String from = edtf.substring(0, edtf.indexOf('/'));
                String to = edtf.substring(edtf.indexOf('/') + 1);
                r = new LocalDate[] {isOpen(from) ? null : bounds(from)[0], isOpen(to) ? null : bounds(to)[1]};
            } else {
                r = bounds(edtf);
            }
            if (RANGES.size() >= REMEMBERED) {
                RANGES.clear();
            }
            RANGES.put(edtf, r);
        }
        return r;
    }

    /** True when every day of this date is certainly before every day of the other. */
    public boolean certainlyBefore(FuzzyDate other) {
        LocalDate mine = latest();
        LocalDate theirs = other.earliest();
        return mine != null && theirs != null && mine.isBefore(theirs);
    }

    /** True when the two dates share at least one possible day. */
    public boolean overlaps(FuzzyDate other) {
        return !certainlyBefore(other) && !other.certainlyBefore(this);
    }

    @Override
    public int compareTo(FuzzyDate o) {
        LocalDate a = earliest();
        LocalDate b = o.earliest();
        int c = compareNullsFirst(a, b);
        if (c != 0) {
            return c;
        }
        c = compareNullsLast(latest(), o.latest());
        return c != 0 ? c : edtf.compareTo(o.edtf);
    }

    @Override
    public String toString() {
        return edtf;
    }

    private String firstKnownEnd() {
        String[] parts = edtf.split("/", -1);
        return isOpen(parts[0]) ? parts[1] : parts[0];
    }

    private static boolean isOpen(String end) {
        return end.isEmpty() || end.equals("..");
    }

    private static void validate(String edtf) {
        if (edtf.contains("/")) {
            String[] parts = edtf.split("/", -1);
            if (parts.length != 2 || (isOpen(parts[0]) && isOpen(parts[1]))) {
                throw new IllegalArgumentException("not an EDTF interval: '" + edtf + "'");
            }
            LocalDate from = isOpen(parts[0]) ? null : bounds(parts[0])[0];
            LocalDate to = isOpen(parts[1]) ? null : bounds(parts[1])[1];
            if (from != null && to != null && from.isAfter(to)) {
                throw new IllegalArgumentException("interval ends before it starts: '" + edtf + "'");
            }
            return;
        }
        bounds(edtf);
    }

    /** [earliest, latest] of a single EDTF date, after its qualifier. */
    private static LocalDate[] bounds(String single) {
        Matcher m = SIMPLE.matcher(single);
        if (!m.matches()) {
            throw new IllegalArgumentException("not a supported EDTF date: '" + single + "'");
        }
        int year = Integer.parseInt(m.group(1));
        String qualifier = m.group(4);
        boolean approx = "~".equals(qualifier) || "%".equals(qualifier);
        try {
            if (m.group(2) == null) {
                LocalDate a = LocalDate.of(year, 1, 1);
                LocalDate b = LocalDate.of(year, 12, 31);
                return approx ? new LocalDate[] {a.minusYears(1), b.plusYears(1)} : new LocalDate[] {a, b};
            }
            int mm = Integer.parseInt(m.group(2));
            if (m.group(3) != null) {
                LocalDate d = LocalDate.of(year, mm, Integer.parseInt(m.group(3)));
                return approx ? new LocalDate[] {d.minusDays(7), d.plusDays(7)} : new LocalDate[] {d, d};
            }
            YearMonth first;
            YearMonth last;
            if (mm >= 1 && mm <= 12) {
                first = YearMonth.of(year, mm);
                last = first;
            } else if (mm >= 21 && mm <= 24) {
                first = YearMonth.of(year, 3 + (mm - 21) * 3);
                last = first.plusMonths(2);
            } else {
                throw new IllegalArgumentException("month or season out of range in '" + single + "'");
            }
            if (approx) {
                first = first.minusMonths(1);
                last = last.plusMonths(1);
            }
            return new LocalDate[] {first.atDay(1), last.atEndOfMonth()};
        } catch (DateTimeException e) {
            throw new IllegalArgumentException("not a calendar date: '" + single + "'", e);
        }
    }

    private static int compareNullsFirst(LocalDate a, LocalDate b) {
        if (a == null) {
            return b == null ? 0 : -1;
        }
        return b == null ? 1 : a.compareTo(b);
    }

    private static int compareNullsLast(LocalDate a, LocalDate b) {
        if (a == null) {
            return b == null ? 0 : 1;
        }
        return b == null ? -1 : a.compareTo(b);
    }
}
