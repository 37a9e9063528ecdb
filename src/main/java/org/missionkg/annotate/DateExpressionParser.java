package org.missionkg.annotate;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.missionkg.annotate.DateExpression.Anchor;
import org.missionkg.annotate.DateExpression.Cycle;
import org.missionkg.annotate.DateExpression.Part;
import org.missionkg.annotate.DateExpression.Slices;
import org.missionkg.annotate.DateExpression.Unit;
import org.missionkg.model.FuzzyDate;
import org.missionkg.model.MonthNames;

/**
 * Reads the surface text of a date expression ("on Nov. 24, 2020", "the fall of 2019",
 * "last January", "Friday night") into a {@link DateExpression}, without anchoring it to a
 * publication date. Unknown text gives empty: the grammar is strict on purpose, so that
 * "six years" or "the coming days" are never mistaken for a date.
 */
final class DateExpressionParser {

    /** A parsed expression; {@code approximate} for "around 2015", "about mid-2021". */
    record Parsed(DateExpression expression, boolean approximate) {}

    /** Dropped anywhere: they carry no date ("the fall of 2019", "at the end of March"). */
    private static final Set<String> FILLER = Set.of("the", "of", "in", "on", "at", "during");
    /** Dropped at the start; the extractor reads them itself ("since July 2018" is a start). */
    private static final Set<String> LEADING = Set.of("since", "until", "till", "by", "from", "over",
            "before", "after", "between", "throughout", "as", "around", "about", "circa", "approximately",
            "roughly", "some");
    /** Words that open a clause after a date ("in February before the units withdrew", "in May after talks"). */
    private static final Set<String> CLAUSE_AFTER = Set.of("before", "after");
    /** What "the ... before" counts back from, an expression of its own: "the day before", "the year before". */
    private static final Set<String> RELATIVE_UNITS = Set.of("day", "days", "week", "weeks", "month", "months", "year",
            "years", "night", "evening", "morning", "weekend", "decade");
    private static final Set<String> APPROXIMATE = Set.of("around", "about", "circa", "approximately", "roughly");
    private static final Set<String> RANGE_WORDS = Set.of("to", "until", "till", "through", "thru", "and");
    private static final Pattern ISO = Pattern.compile("(\\d{4})-(\\d{2})(?:-(\\d{2}))?");
    private static final Pattern YEAR = Pattern.compile("1[89]\\d\\d|20\\d\\d|21\\d\\d");
    private static final Pattern DAY = Pattern.compile("[0-3]?\\d");
    private static final Pattern DECADE = Pattern.compile("(1[89]\\d|20\\d)0s");
    private static final Pattern DAY_RANGE = Pattern.compile("([0-3]?\\d)-([0-3]?\\d)");

    /** Parses the text of one expression; empty when it is not a date this grammar knows. */
    Optional<Parsed> parse(String text) {
        List<String> tokens = new ArrayList<>();
        for (String t : DateWords.normalise(text).split(" ")) {
            if (!t.isEmpty() && !FILLER.contains(t)) {
                tokens.add(t);
            }
        }
        boolean approximate = false;
        boolean since = false;
        while (!tokens.isEmpty() && LEADING.contains(tokens.get(0))) {
            approximate |= APPROXIMATE.contains(tokens.get(0));
            since |= tokens.get(0).equals("since");
            tokens.remove(0);
        }
        // "in February before the remaining units withdrew": the tagger takes the conjunction that opens the next
        // clause into the date ("February before"), and its own reading of that is a February to come. A named
        // date before it is the date; "the day before", "the year before" are other expressions and stay unread.
        if (tokens.size() > 1 && CLAUSE_AFTER.contains(tokens.get(tokens.size() - 1))
                && !RELATIVE_UNITS.contains(tokens.get(tokens.size() - 2))) {
            tokens.remove(tokens.size() - 1);
        }
        boolean about = approximate;
        return parseRange(tokens, since).map(e -> new Parsed(e, about));
    }

    /** True for text that names no point in time: "now", "six years", "the coming days". */
    boolean saysNoPoint(String text) {
        return Arrays.stream(DateWords.normalise(text).split(" ")).anyMatch(DateWords.NOT_A_POINT::contains);
    }

    /** "June 2018 to May 2019", "June 26-27 2019", or a single date. */
    private Optional<DateExpression> parseRange(List<String> t, boolean past) {
        for (int i = 0; i < t.size(); i++) {
            Matcher m = DAY_RANGE.matcher(t.get(i));
            if (m.matches()) {
                List<String> from = new ArrayList<>(t);
                List<String> to = new ArrayList<>(t);
                from.set(i, m.group(1));
                to.set(i, m.group(2));
                return both(from, to, past);
            }
        }
        for (int i = 1; i < t.size() - 1; i++) {
            if (RANGE_WORDS.contains(t.get(i))) {
                return both(t.subList(0, i), t.subList(i + 1, t.size()), past);
            }
        }
        return parseSingle(t, past);
    }

    private Optional<DateExpression> both(List<String> from, List<String> to, boolean past) {
        Optional<DateExpression> a = parseSingle(from, past);
        Optional<DateExpression> b = parseSingle(to, past);
        String last = to.get(to.size() - 1);
        // "June to August 2020": the left side takes the year the right side names.
        if (b.orElse(null) instanceof DateExpression.Fixed && !(a.orElse(null) instanceof DateExpression.Fixed)
                && YEAR.matcher(last).matches()) {
            List<String> withYear = new ArrayList<>(from);
            withYear.add(last);
            a = parseSingle(withYear, past).or(() -> parseSingle(from, past));
        }
        if (a.isEmpty() || b.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new DateExpression.Range(a.get(), b.get()));
    }

    /**
     * What the words before the core say: "early", "last", "this", "earlier". {@code rolling}
     * marks "past", "previous", "coming", "upcoming", which with a unit ("the past year") mean
     * a window counted back or forward from the publication, not a calendar unit.
     */
    private record Modifiers(Part part, Anchor anchor, Integer shift, boolean earlier, boolean later,
                             boolean rolling, Tense forced) {}

    private Optional<DateExpression> parseSingle(List<String> tokens, boolean since) {
        Optional<DateExpression> inYear = inCountedYear(tokens, since);
        if (inYear.isPresent()) {
            return inYear;
        }
        List<String> t = new ArrayList<>(tokens);
        Part part = Part.WHOLE;
        Anchor anchor = Anchor.TENSE;
        Integer shift = null;
        boolean earlier = false;
        boolean later = false;
        boolean rolling = false;
        while (t.size() > 1) {
            String w = t.get(0);
            if (DateWords.PARTS.containsKey(w)) {
                part = DateWords.PARTS.get(w);
            } else if (w.equals("last") || w.equals("past") || w.equals("previous")) {
                anchor = Anchor.LAST;
                shift = -1;
                rolling |= !w.equals("last");
            } else if (w.equals("next") || w.equals("coming") || w.equals("upcoming")) {
                anchor = Anchor.NEXT;
                shift = 1;
                rolling |= !w.equals("next");
            } else if (w.equals("this")) {
                shift = shift == null ? 0 : shift; // "this past weekend" stays the last one
            } else if (w.equals("earlier") || w.equals("later")) {
                earlier |= w.equals("earlier");
                later |= w.equals("later");
            } else if (w.equals("year") && YEAR.matcher(t.get(1)).matches()) {
                t.remove(0); // "the year 2018"
                continue;
            } else if (DateWords.isDaypart(w)) {
                t.remove(0); // "midnight on Monday", "the morning of 5 May": the day says when
                continue;
            } else if (DateWords.weekday(w) != null && !DateWords.isDaypart(t.get(1))) {
                t.remove(0); // "Friday, January 3, 2020": the date says it all
                continue;
            } else {
                break;
            }
            t.remove(0);
        }
        if (t.size() > 1 && DateWords.isDaypart(t.get(t.size() - 1))) {
            t.remove(t.size() - 1); // "Friday night" is Friday
        }
        Tense forced = since || earlier ? Tense.PAST : later ? Tense.FUTURE : null;
        Modifiers mods = new Modifiers(part, anchor, shift, earlier, later, rolling, forced);
        Optional<DateExpression> relative = relative(t, mods);
        return relative.isPresent() ? relative : absoluteOrRecurring(t, part, anchor, forced);
    }

    /**
     * "July last year", "15 July this year", "the spring of next year": a month, month-day or
     * season in the year before, of or after the publication's, whatever the clause's tense.
     */
    private Optional<DateExpression> inCountedYear(List<String> t, boolean since) {
        int n = t.size();
        if (n < 3 || !t.get(n - 1).equals("year")) {
            return Optional.empty();
        }
        String which = t.get(n - 2);
        int offset = switch (which) {
            case "last" -> -1;
            case "this" -> 0;
            case "next" -> 1;
            default -> Integer.MIN_VALUE;
        };
        List<String> inner = t.subList(0, n - 2);
        boolean yearly = inner.stream().anyMatch(w -> MonthNames.number(w) != null || DateWords.SEASONS.containsKey(w));
        if (offset == Integer.MIN_VALUE || !yearly) {
            return Optional.empty();
        }
        return parseSingle(inner, since).filter(DateExpression.Recurring.class::isInstance)
                .map(e -> new DateExpression.InYear(((DateExpression.Recurring) e).cycle(), offset));
    }

    /** today, yesterday, last night, this week, early next year, the end of the month, weekends, weekdays. */
    private Optional<DateExpression> relative(List<String> t, Modifiers mods) {
        String core = String.join(" ", t);
        switch (core) {
            case "today", "tonight":
                return Optional.of(new DateExpression.Shifted(Unit.DAY, 0, Part.WHOLE, false, false));
            case "yesterday":
                return Optional.of(new DateExpression.Shifted(Unit.DAY, -1, Part.WHOLE, false, false));
            case "tomorrow":
                return Optional.of(new DateExpression.Shifted(Unit.DAY, 1, Part.WHOLE, false, false));
            case "weekend":
                return Optional.of(new DateExpression.Recurring(Cycle.weekend(), mods.anchor(), mods.forced()));
            default:
                break;
        }
        Integer shift = mods.shift();
        if (DateWords.isDaypart(core) && shift != null && shift <= 0 && !mods.rolling()) {
            return Optional.of(new DateExpression.Shifted(Unit.DAY, shift, Part.WHOLE, false, false));
        }
        Unit unit = DateWords.UNITS.get(core);
        if (unit != null && unit != Unit.DAY) {
            if (mods.rolling()) {
                return Optional.empty();
            }
            if (shift != null) {
                boolean now = shift == 0;
                return Optional.of(new DateExpression.Shifted(unit, shift, mods.part(),
                        now && mods.earlier(), now && mods.later()));
            }
            return mods.part() == Part.WHOLE ? Optional.empty()
                    : Optional.of(new DateExpression.Recurring(Cycle.partOf(unit, mods.part()), Anchor.TENSE,
                            mods.forced()));
        }
        boolean toTheDay = t.size() == 4 && t.get(3).equals("today");
        if ((t.size() == 3 || toTheDay) && t.get(2).equals("ago")) {
            Integer n = DateWords.COUNTS.containsKey(t.get(0)) ? DateWords.COUNTS.get(t.get(0))
                    : t.get(0).matches("\\d{1,3}") ? num(t.get(0)) : null;
            Unit u = DateWords.UNITS.get(t.get(1).replaceAll("s$", ""));
            return n == null || u == null ? Optional.empty() : Optional.of(new DateExpression.Ago(u, n, toTheDay));
        }
        DayOfWeek day = t.size() == 1 ? DateWords.weekday(core) : null;
        return day == null ? Optional.empty()
                : Optional.of(new DateExpression.Recurring(Cycle.weekday(day), mods.anchor(), mods.forced()));
    }

    /** Dates that name their year, and months, seasons and month-days that recur. */
    private Optional<DateExpression> absoluteOrRecurring(List<String> t, Part part, Anchor anchor, Tense forced) {
        Integer month = t.isEmpty() ? null : MonthNames.number(t.get(0));
        Integer season = t.isEmpty() ? null : DateWords.SEASONS.get(t.get(0));
        Matcher decade = t.size() == 1 ? DECADE.matcher(t.get(0)) : null;
        if (t.size() == 1) {
            Matcher iso = ISO.matcher(t.get(0));
            if (iso.matches()) {
                return fixed(() -> iso.group(3) == null
                        ? FuzzyDate.ofMonth(YearMonth.of(num(iso.group(1)), num(iso.group(2))))
                        : FuzzyDate.ofDay(LocalDate.of(num(iso.group(1)), num(iso.group(2)), num(iso.group(3)))));
            }
            if (YEAR.matcher(t.get(0)).matches()) {
                return fixed(() -> Slices.year(num(t.get(0)), part));
            }
            if (decade.matches()) {
                return fixed(() -> Slices.decade(num(decade.group(1)) * 10, part));
            }
            if (month != null) {
                return Optional.of(new DateExpression.Recurring(Cycle.month(month, part), anchor, forced));
            }
            if (season != null) {
                return Optional.of(new DateExpression.Recurring(Cycle.season(season, part), anchor, forced));
            }
            return Optional.empty();
        }
        if (t.size() == 2) {
            String a = t.get(0);
            String b = t.get(1);
            if (month != null && YEAR.matcher(b).matches()) {
                return fixed(() -> Slices.month(YearMonth.of(num(b), month), part));
            }
            if (season != null && YEAR.matcher(b).matches()) {
                return fixed(() -> Slices.season(num(b), season, part));
            }
            if (YEAR.matcher(a).matches() && DateWords.SEASONS.containsKey(b)) {
                return fixed(() -> Slices.season(num(a), DateWords.SEASONS.get(b), part));
            }
            Integer m = month != null ? month : MonthNames.number(b);
            String d = month != null ? b : a;
            if (m != null && DAY.matcher(d).matches()) {
                try {
                    return Optional.of(new DateExpression.Recurring(Cycle.monthDay(m, num(d)), anchor, forced));
                } catch (DateTimeException e) {
                    return Optional.empty(); // "February 30"
                }
            }
            return Optional.empty();
        }
        if (t.size() == 3 && YEAR.matcher(t.get(2)).matches()) {
            Integer m = month != null ? month : MonthNames.number(t.get(1));
            String d = month != null ? t.get(1) : t.get(0);
            if (m != null && DAY.matcher(d).matches()) {
                return fixed(() -> FuzzyDate.ofDay(LocalDate.of(num(t.get(2)), m, num(d))));
            }
        }
        return Optional.empty();
    }

    private interface DateSupplier {
        FuzzyDate get();
    }

    /** Builds a fixed date, or empty when the calendar has no such day ("February 30, 2021"). */
    private static Optional<DateExpression> fixed(DateSupplier date) {
        try {
            return Optional.of(new DateExpression.Fixed(date.get()));
        } catch (DateTimeException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static int num(String digits) {
        return Integer.parseInt(digits);
    }
}
