package org.missionkg.annotate;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.missionkg.annotate.DateExpression.Slices;
import org.missionkg.model.FuzzyDate;

/**
 * Turns a date expression found in a news sentence into a {@link FuzzyDate}, resolving
 * relative dates against the article's publication date and the tense of the clause.
 *
 * <pre>
 *   DateResolver r = new DateResolver();
 *   LocalDate published = LocalDate.of(2020, 1, 7);                     // a Tuesday
 *   r.resolve("Friday night", "2020-01-10TNI", published, Tense.PAST);   // 2020-01-03
 *   r.resolve("over the weekend", null, published, Tense.PAST);         // 2020-01-04/2020-01-05
 *   r.resolve("six years", "P6Y", published, Tense.PAST);               // empty: a duration
 * </pre>
 *
 * The text is read first; CoreNLP's SUTime value is used only when the text cannot be read
 * and the value names its year, because SUTime anchors relative dates forward in time while
 * news mostly reports the past.
 *
 * <p>A date that recurs (a weekday, "the weekend", a month, a month and day, a season, "the
 * end of the year") is placed by the clause's tense:
 * <ul>
 *   <li>PAST: the latest occurrence that has begun by the publication day, which counts
 *       ("on Wednesday" in an article of Wednesday 2019-06-26 is that day; "in November" in
 *       January 2021 is 2020-11; "the weekend" in a Tuesday article is the one just gone);</li>
 *   <li>FUTURE: the earliest occurrence that has not ended by the publication day, which
 *       counts too ("will meet Friday" in a Friday article is that Friday: news names the
 *       day even when it is today; "next Friday" is the one after);</li>
 *   <li>PRESENT: the occurrence under way on the publication day, else the nearer of the
 *       past and the future one, the past one on a tie.</li>
 * </ul>
 * "last X" is the latest occurrence that ended before the publication day ("last January" in
 * 2021-01-10 is 2020-01, "last fall" is 2020-23, "last fall" written in October 2020 is
 * 2019-23); "next X" is the earliest that starts after it. "since" and "earlier" force the
 * past, "later" the future.
 *
 * <p>"by the end of 2020" gives 2020-12 (the end of a year is its December; of a month, its
 * last ten days); "earlier this month" runs from the first of the month to the publication
 * day, "earlier this year" from January to the publication month. A leading "since",
 * "until" or "by" is dropped: what it means for a fact is the extractor's business.
 * Returns empty for durations ("two years"), vague times ("now", "recent years", "the coming
 * days", PRESENT_REF) and rolling windows ("the past year"). Instances hold no state and
 * may be shared between threads.
 */
public final class DateResolver {

    /** How far from the publication date recurring dates are looked for: years or weeks. */
    private static final int REACH = 8;
    private static final Pattern SUTIME = Pattern.compile(
            "(\\d{4})(?:-(\\d{2})(?:-(\\d{2}))?|-(SP|SU|FA|WI)|-W(\\d{2})(-WE)?|-Q([1-4]))?(?:T.*)?");

    /** Words for the first or last third of a month that readers write as the whole month. */
    private static final Pattern MONTH_EDGE = Pattern.compile("(?i)\\b(end|start|beginning|close|turn)\\b");

    private final DateExpressionParser parser = new DateExpressionParser();

    /**
     * @param expression  the expression's text as printed, with any prepositions and punctuation; null reads as empty
     * @param sutimeValue CoreNLP's normalised TIMEX value, or null
     * @param published   the article's publication date
     * @param tense       the tense of the clause holding the expression ({@link Tense#of})
     * @return the date, or empty when the expression is not a point or span in time or cannot be read
     */
    public Optional<FuzzyDate> resolve(String expression, String sutimeValue, LocalDate published, Tense tense) {
        Objects.requireNonNull(published, "published");
        Objects.requireNonNull(tense, "tense");
        Optional<DateExpressionParser.Parsed> parsed = parser.parse(expression);
        if (parsed.isPresent()) {
            FuzzyDate date = asReadersWriteIt(resolve(parsed.get().expression(), published, tense), expression);
            return Optional.ofNullable(date == null || !parsed.get().approximate() ? date : date.approximate());
        }
        if (parser.saysNoPoint(expression)) {
            return Optional.empty();
        }
        return fromSutime(sutimeValue);
    }

    /**
     * The start or end of a month is that month, and early, mid- or late in a year that year:
     * careful readers, the gold files here among them, write "the end of March" as March and
     * "early 2022" as 2022. Early, mid- or late in a month keeps its third of the month ("mid-December"
     * is 11-20 December), as the gold files written since the seventh development set do. The
     * thirds the parts are resolved with still decide which month or year is meant ("in late June",
     * told on 15 June in the past tense, is last year's), so the result is widened here, after that
     * choice, not in {@link DateExpression.Slices}.
     */
    static FuzzyDate asReadersWriteIt(FuzzyDate date, String expression) {
        if (date == null || !date.edtf().contains("/")) {
            return date;
        }
        String[] ends = date.edtf().split("/");
        if (ends[0].length() == 10 && ends[1].length() == 10 && ends[0].startsWith(ends[1].substring(0, 8))) {
            int from = Integer.parseInt(ends[0].substring(8));
            LocalDate last = LocalDate.parse(ends[1]);
            boolean edge = from == 1 && last.getDayOfMonth() == 10 || from == 21 && last.getDayOfMonth() == last.lengthOfMonth();
            return edge && MONTH_EDGE.matcher(expression).find() ? FuzzyDate.ofMonth(YearMonth.from(last)) : date;
        }
        if (ends[0].length() == 7 && ends[1].length() == 7 && ends[0].startsWith(ends[1].substring(0, 5))) {
            String span = ends[0].substring(5) + "/" + ends[1].substring(5);
            boolean third = span.equals("01/04") || span.equals("05/08") || span.equals("09/12");
            return third ? FuzzyDate.ofYear(Integer.parseInt(ends[0].substring(0, 4))) : date;
        }
        return date;
    }

    /**
     * A SUTime value that names its year, as EDTF: "2019-06-26", "2020-11", "2019-FA",
     * "2020-W02-WE" (that week's weekend), "2020-Q1"; a time of day is dropped. Anything else
     * ("XXXX-11", "P1Y", "PRESENT_REF") is empty.
     */
    static Optional<FuzzyDate> fromSutime(String value) {
        Matcher m = value == null ? null : SUTIME.matcher(value.strip());
        if (m == null || !m.matches()) {
            return Optional.empty();
        }
        try {
            int year = Integer.parseInt(m.group(1));
            if (year < 1800 || year > 2199) {
                return Optional.empty(); // "resolution 1244": SUTime takes any four digits for a year
            }
            if (m.group(3) != null) {
                return Optional.of(FuzzyDate.ofDay(LocalDate.of(year, num(m.group(2)), num(m.group(3)))));
            }
            if (m.group(2) != null) {
                return Optional.of(FuzzyDate.ofMonth(YearMonth.of(year, num(m.group(2)))));
            }
            if (m.group(4) != null) {
                return Optional.of(FuzzyDate.ofSeason(year, 21 + List.of("SP", "SU", "FA", "WI").indexOf(m.group(4))));
            }
            if (m.group(5) != null) {
                LocalDate monday = LocalDate.of(year, 1, 4)
                        .with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, num(m.group(5))).with(DayOfWeek.MONDAY);
                return Optional.of(m.group(6) == null ? Slices.days(monday, monday.plusDays(6))
                        : Slices.days(monday.plusDays(5), monday.plusDays(6)));
            }
            if (m.group(7) != null) {
                int q = num(m.group(7));
                return Optional.of(Slices.months(YearMonth.of(year, 3 * q - 2), YearMonth.of(year, 3 * q)));
            }
            return Optional.of(FuzzyDate.ofYear(year));
        } catch (RuntimeException e) {
            return Optional.empty(); // "2019-02-30", "2020-W60": SUTime printed an impossible date
        }
    }

    /** The date an expression means, or null when it has none ("February 29" of a range that never has one). */
    private FuzzyDate resolve(DateExpression e, LocalDate published, Tense tense) {
        if (e instanceof DateExpression.Fixed f) {
            return f.value();
        }
        if (e instanceof DateExpression.Recurring r) {
            return pick(r, published, r.forced() != null ? r.forced() : tense);
        }
        if (e instanceof DateExpression.Shifted s) {
            return shifted(s, published, tense);
        }
        if (e instanceof DateExpression.InYear y) {
            return y.cycle().occurrence(published, y.yearOffset());
        }
        if (e instanceof DateExpression.Ago a && a.toTheDay()) {
            // "Five years ago today": an anniversary, to the day.
            return FuzzyDate.ofDay(switch (a.unit()) {
                case DAY -> published.minusDays(a.amount());
                case WEEK -> published.minusWeeks(a.amount());
                case MONTH -> published.minusMonths(a.amount());
                case YEAR -> published.minusYears(a.amount());
            });
        }
        if (e instanceof DateExpression.Ago a) {
            return switch (a.unit()) {
                case DAY -> FuzzyDate.ofDay(published.minusDays(a.amount()));
                // "two weeks ago" is about a day, give or take a week
                case WEEK -> FuzzyDate.ofDay(published.minusWeeks(a.amount())).approximate();
                case MONTH -> FuzzyDate.ofMonth(YearMonth.from(published).minusMonths(a.amount()));
                // "a year ago" is that month a year before (the golds: 8 to 2); "three years ago" is that year
                case YEAR -> a.amount() == 1 ? FuzzyDate.ofMonth(YearMonth.from(published).minusYears(1))
                        : FuzzyDate.ofYear(published.getYear() - a.amount());
            };
        }
        DateExpression.Range range = (DateExpression.Range) e;
        FuzzyDate from = resolve(range.from(), published, tense);
        FuzzyDate to = resolve(range.to(), published, tense);
        if (from == null || to == null) {
            return null;
        }
        String start = from.edtf().split("/")[0];
        String end = to.edtf().substring(to.edtf().indexOf('/') + 1);
        try {
            return FuzzyDate.parse(start.equals(end) ? start : start + "/" + end);
        } catch (IllegalArgumentException backwards) {
            return null; // "May 2019 to June 2018"
        }
    }

    private static FuzzyDate pick(DateExpression.Recurring r, LocalDate published, Tense tense) {
        List<FuzzyDate> all = new ArrayList<>();
        for (int k = -REACH; k <= REACH; k++) {
            FuzzyDate d = r.cycle().occurrence(published, k);
            if (d != null) {
                all.add(d);
            }
        }
        FuzzyDate past = null;
        FuzzyDate future = null;
        FuzzyDate ended = null;
        FuzzyDate upcoming = null;
        for (FuzzyDate d : all) { // in time order
            if (!d.earliest().isAfter(published)) {
                past = d;
            }
            if (d.latest().isBefore(published)) {
                ended = d;
            }
            if (future == null && !d.latest().isBefore(published)) {
                future = d;
            }
            if (upcoming == null && d.earliest().isAfter(published)) {
                upcoming = d;
            }
        }
        switch (r.anchor()) {
            case LAST:
                return ended;
            case NEXT:
                return upcoming;
            default:
                break;
        }
        return switch (tense) {
            case PAST -> past;
            case FUTURE -> future;
            case PRESENT -> nearer(past, future, published);
        };
    }

    /** The one under way, else the nearer; the past one on a tie. */
    private static FuzzyDate nearer(FuzzyDate past, FuzzyDate future, LocalDate published) {
        if (past == null || future == null || past.equals(future)) {
            return past != null ? past : future;
        }
        long back = ChronoUnit.DAYS.between(past.latest(), published);
        long ahead = ChronoUnit.DAYS.between(published, future.earliest());
        return ahead < back ? future : past;
    }

    private static FuzzyDate shifted(DateExpression.Shifted s, LocalDate published, Tense tense) {
        switch (s.unit()) {
            case DAY:
                return FuzzyDate.ofDay(published.plusDays(s.offset()));
            case WEEK: {
                LocalDate monday = published.with(DayOfWeek.MONDAY).plusWeeks(s.offset());
                // "took over this week" in a Friday paper happened by Friday: what is told as done
                // this week is the part of it up to the publication day (as careful readers date it).
                boolean doneThisWeek = s.offset() == 0 && !s.fromNow() && s.part() == DateExpression.Part.WHOLE && tense == Tense.PAST;
                return s.upToNow() || doneThisWeek ? Slices.days(monday, published)
                        : s.fromNow() ? Slices.days(published, monday.plusDays(6))
                        : Slices.week(monday, s.part());
            }
            case MONTH: {
                YearMonth month = YearMonth.from(published).plusMonths(s.offset());
                return s.upToNow() ? Slices.days(month.atDay(1), published)
                        : s.fromNow() ? Slices.days(published, month.atEndOfMonth())
                        : Slices.month(month, s.part());
            }
            default: {
                int year = published.getYear() + s.offset();
                YearMonth now = YearMonth.from(published);
                return s.upToNow() ? Slices.months(YearMonth.of(year, 1), now)
                        : s.fromNow() ? Slices.months(now, YearMonth.of(year, 12))
                        : Slices.year(year, s.part());
            }
        }
    }

    private static int num(String digits) {
        return Integer.parseInt(digits);
    }
}
