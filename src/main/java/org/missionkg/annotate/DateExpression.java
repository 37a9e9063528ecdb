package org.missionkg.annotate;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.YearMonth;

import org.missionkg.model.FuzzyDate;

/**
 * What a date expression says before it is tied to a publication date: the parser's output
 * and the resolver's input. Kept apart from both so that each stays small.
 */
sealed interface DateExpression {

    /** Which part of a year, season, month or week: "early 2022", "the end of March". */
    enum Part { WHOLE, EARLY, MID, LATE, START, END }

    enum Unit { DAY, WEEK, MONTH, YEAR }

    /** Which occurrence of a recurring date: by the clause's tense, or "last"/"next" one. */
    enum Anchor { TENSE, LAST, NEXT }

    /** Names its own year ("July 11, 2018", "the fall of 2019"): no anchoring needed. */
    record Fixed(FuzzyDate value) implements DateExpression {}

    /**
     * Recurs every year or week ("November", "March 31", "Friday", "the weekend"). A non-null
     * {@code forced} overrides the clause's tense: "since May" and "earlier in June" look back.
     */
    record Recurring(Cycle cycle, Anchor anchor, Tense forced) implements DateExpression {}

    /**
     * The publication's own day, week, month or year moved by {@code offset} ("yesterday",
     * "last month", "early next year"). {@code upToNow}/{@code fromNow} cut it at the
     * publication date: "earlier this month", "later this year".
     */
    record Shifted(Unit unit, int offset, Part part, boolean upToNow, boolean fromNow)
            implements DateExpression {}

    /** A yearly date in a year counted from the publication's: "July last year", "15 July this year". */
    record InYear(Cycle cycle, int yearOffset) implements DateExpression {}

    /** "two weeks ago", "a year ago". */
    /** "two weeks ago"; "five years ago today" (toTheDay): that many units before the very day of publication. */
    record Ago(Unit unit, int amount, boolean toTheDay) implements DateExpression {}

    /** "June 2018 to May 2019", "between Monday and Wednesday". */
    record Range(DateExpression from, DateExpression to) implements DateExpression {}

    /**
     * The occurrences of a recurring date. Occurrence {@code k} is the one in the publication's
     * year (or week) moved by k years (or weeks); null when it does not exist (February 29).
     * Occurrences grow with k.
     */
    @FunctionalInterface
    interface Cycle {
        FuzzyDate occurrence(LocalDate published, int k);

        static Cycle month(int month, Part part) {
            return (p, k) -> Slices.month(YearMonth.of(p.getYear() + k, month), part);
        }

        static Cycle monthDay(int month, int day) {
            MonthDay md = MonthDay.of(month, day);
            return (p, k) -> md.isValidYear(p.getYear() + k) ? FuzzyDate.ofDay(md.atYear(p.getYear() + k)) : null;
        }

        static Cycle season(int season, Part part) {
            return (p, k) -> Slices.season(p.getYear() + k, season, part);
        }

        static Cycle weekday(DayOfWeek day) {
            return (p, k) -> FuzzyDate.ofDay(p.with(DayOfWeek.MONDAY).plusWeeks(k).with(day));
        }

        static Cycle weekend() {
            return (p, k) -> {
                LocalDate saturday = p.with(DayOfWeek.SATURDAY).plusWeeks(k);
                return Slices.days(saturday, saturday.plusDays(1));
            };
        }

        /** A part of some year, month or week: "the end of the year", "the end of the month". */
        static Cycle partOf(Unit unit, Part part) {
            return (p, k) -> switch (unit) {
                case YEAR -> Slices.year(p.getYear() + k, part);
                case MONTH -> Slices.month(YearMonth.from(p).plusMonths(k), part);
                case WEEK -> Slices.week(p.with(DayOfWeek.MONDAY).plusWeeks(k), part);
                case DAY -> FuzzyDate.ofDay(p.plusDays(k));
            };
        }
    }

    /**
     * Parts of calendar units as EDTF. A year splits into thirds of four months (early 2022 =
     * 2022-01/2022-04), its start and end are January and December; a month into thirds of
     * days (1-10, 11-20, 21-end), its start and end being the first and last third; a season
     * into its three months; a week into Monday-Tuesday, Wednesday-Thursday, Friday-Sunday.
     */
    final class Slices {
        private Slices() {
        }

        static FuzzyDate year(int year, Part part) {
            return switch (part) {
                case WHOLE -> FuzzyDate.ofYear(year);
                case START -> FuzzyDate.ofMonth(YearMonth.of(year, 1));
                case END -> FuzzyDate.ofMonth(YearMonth.of(year, 12));
                default -> months(YearMonth.of(year, 1 + 4 * third(part)), YearMonth.of(year, 4 + 4 * third(part)));
            };
        }

        static FuzzyDate month(YearMonth month, Part part) {
            if (part == Part.WHOLE) {
                return FuzzyDate.ofMonth(month);
            }
            int third = third(part);
            LocalDate from = month.atDay(1 + 10 * third);
            return days(from, third == 2 ? month.atEndOfMonth() : from.plusDays(9));
        }

        static FuzzyDate season(int year, int season, Part part) {
            if (part == Part.WHOLE) {
                return FuzzyDate.ofSeason(year, season);
            }
            int third = third(part);
            // Spring starts in March; winter 2020 starts in December 2020.
            return FuzzyDate.ofMonth(YearMonth.of(year, 3 + 3 * (season - 21)).plusMonths(third));
        }

        static FuzzyDate week(LocalDate monday, Part part) {
            if (part == Part.WHOLE) {
                return days(monday, monday.plusDays(6));
            }
            int third = third(part);
            return days(monday.plusDays(2L * third), monday.plusDays(third == 2 ? 6 : 2L * third + 1));
        }

        /** Years of a decade ("the 1990s"), split like a year when a part is asked for. */
        static FuzzyDate decade(int first, Part part) {
            return switch (part) {
                case EARLY, START -> years(first, first + 3);
                case MID -> years(first + 4, first + 6);
                case LATE, END -> years(first + 7, first + 9);
                default -> years(first, first + 9);
            };
        }

        /** One day, or an interval of days; collapses to a single date when both ends agree. */
        static FuzzyDate days(LocalDate from, LocalDate to) {
            return from.equals(to) ? FuzzyDate.ofDay(from)
                    : FuzzyDate.between(FuzzyDate.ofDay(from), FuzzyDate.ofDay(to));
        }

        static FuzzyDate months(YearMonth from, YearMonth to) {
            return from.equals(to) ? FuzzyDate.ofMonth(from)
                    : FuzzyDate.between(FuzzyDate.ofMonth(from), FuzzyDate.ofMonth(to));
        }

        private static FuzzyDate years(int from, int to) {
            return FuzzyDate.between(FuzzyDate.ofYear(from), FuzzyDate.ofYear(to));
        }

        private static int third(Part part) {
            return switch (part) {
                case EARLY, START -> 0;
                case MID -> 1;
                default -> 2;
            };
        }
    }
}
