package org.missionkg.extract;

import edu.stanford.nlp.ling.IndexedWord;
import java.time.Period;
import java.time.YearMonth;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.missionkg.model.FuzzyDate;

/**
 * How long a clause says something lasts: "for a further 12 months", "for an initial twelve
 * months", "for two years" (an oblique "for" on the trigger), "no more than 30 days", "about 28
 * weeks", and a date that far on at the precision the start was told with.
 */
final class Durations {
    /** Where an end counted from a length comes from ("extended on Monday for another year"). */
    static final String FROM_LENGTH = "the length the sentence gives, counted from the day";
    /**
     * A stated length: so many months (a year is twelve), weeks or days, and whether the text
     * hedges it ("about six months", "up to nine months", "no more than 30 days"), which makes
     * the date it gives approximate.
     */
    record Length(Period period, boolean approximate) {
    }

    /** Words on a count that hedge it: "about", "around", "up to", "no more than", "some". */
    private static final Set<String> HEDGES = Set.of("about", "around", "roughly", "approximately", "some", "nearly",
            "almost", "up", "more", "less", "fewer", "maximum", "least");

    private static final Map<String, Integer> WORDS = Map.ofEntries(Map.entry("one", 1), Map.entry("a", 1),
            Map.entry("an", 1), Map.entry("another", 1), Map.entry("two", 2), Map.entry("three", 3), Map.entry("four", 4), Map.entry("five", 5),
            Map.entry("six", 6), Map.entry("seven", 7), Map.entry("eight", 8), Map.entry("nine", 9),
            Map.entry("ten", 10), Map.entry("eleven", 11), Map.entry("twelve", 12), Map.entry("eighteen", 18),
            Map.entry("twenty-four", 24));

    private Durations() {
    }

    /** The length an oblique "for N months/years/weeks/days" on the trigger states, or null. */
    static Length lengthFor(ParseGraph g, IndexedWord trigger) {
        Length own = lengthFor(g, trigger, "obl:for");
        if (own != null) {
            return own;
        }
        // "is planned to last six months": the length stands bare beside the verb.
        if (ParseGraph.lemma(trigger).equals("last")) {
            for (String rel : new String[] {"obl:tmod", "obj", "obl"}) {
                Length bare = lengthFor(g, trigger, rel);
                if (bare != null) {
                    return bare;
                }
            }
        }
        // "extend the mandate ... for another year": the parser hangs the "for" on the mandate.
        for (var e : g.graph.outgoingEdgeIterable(trigger)) {
            String rel = e.getRelation().toString();
            if (rel.equals("obj") || rel.equals("nsubj:pass")) {
                Length held = lengthFor(g, e.getDependent(), "nmod:for");
                if (held != null) {
                    return held;
                }
            }
        }
        return null;
    }

    private static Length lengthFor(ParseGraph g, IndexedWord head, String relation) {
        for (var e : g.graph.outgoingEdgeIterable(head)) {
            if (!e.getRelation().toString().equals(relation)) {
                continue;
            }
            IndexedWord unit = e.getDependent();
            if (ParseGraph.lemma(unit).equals("period")) {
                // "for an initial period of one year"
                for (var of : g.graph.outgoingEdgeIterable(unit)) {
                    if (of.getRelation().toString().equals("nmod:of")) {
                        unit = of.getDependent();
                        break;
                    }
                }
            }
            String lemma = ParseGraph.lemma(unit);
            if (!Set.of("month", "year", "week", "day").contains(lemma)) {
                continue;
            }
            for (var n : g.graph.outgoingEdgeIterable(unit)) {
                String rel = n.getRelation().toString();
                if (rel.equals("nummod") || rel.equals("det") && unit.tag() != null && unit.tag().equals("NN")) {
                    Integer count = count(n.getDependent().word());
                    if (count != null) {
                        boolean andAHalf = andAHalf(g, unit);
                        Period period = switch (lemma) {
                            case "year" -> Period.ofMonths(12 * count + (andAHalf ? 6 : 0));
                            case "month" -> Period.ofMonths(count);
                            case "week" -> Period.ofWeeks(count);
                            default -> Period.ofDays(count);
                        };
                        return new Length(period, hedged(g, n.getDependent()) || hedged(g, unit));
                    }
                }
            }
        }
        return null;
    }

    /**
     * "for a year and a half": read from the words after the unit, since the parser hangs "and a
     * half" anywhere (as a conjunct of the unit, or as a bare dep of the verb).
     */
    private static boolean andAHalf(ParseGraph g, IndexedWord unit) {
        IndexedWord and = g.graph.getNodeByIndexSafe(unit.index() + 1);
        IndexedWord a = g.graph.getNodeByIndexSafe(unit.index() + 2);
        IndexedWord half = g.graph.getNodeByIndexSafe(unit.index() + 3);
        return and != null && a != null && half != null && and.word().equalsIgnoreCase("and")
                && a.word().equalsIgnoreCase("a") && half.word().equalsIgnoreCase("half");
    }

    /** Whether a word of the count ("about six", "no more than 30") hedges it. */
    private static boolean hedged(ParseGraph g, IndexedWord word) {
        for (var e : g.graph.outgoingEdgeIterable(word)) {
            String rel = e.getRelation().toString();
            if ((rel.equals("advmod") || rel.equals("amod") || rel.startsWith("case"))
                    && HEDGES.contains(ParseGraph.lemma(e.getDependent()))) {
                return true;
            }
        }
        return false;
    }

    private static Integer count(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        if (w.matches("\\d{1,3}")) {
            return Integer.parseInt(w);
        }
        return WORDS.get(w);
    }

    /**
     * The date a length after {@code start}, told as precisely as the start was (a month's start
     * and a length in weeks or days give the month it falls in, approximate), approximate when
     * the length is hedged; null for a season, an interval, or a year and a length that is not
     * whole years.
     */
    static FuzzyDate after(FuzzyDate start, Length length) {
        if (start == null || length == null || start.isInterval() || start.isApproximate()) {
            return null;
        }
        Period p = length.period();
        FuzzyDate date = switch (start.precision()) {
            case DAY -> FuzzyDate.ofDay(start.earliest().plus(p));
            case MONTH -> p.getDays() == 0 ? FuzzyDate.ofMonth(YearMonth.from(start.earliest()).plus(p))
                    : FuzzyDate.ofMonth(YearMonth.from(start.earliest().plusDays(14).plus(p))).approximate(); // from mid-month
            case YEAR -> p.getDays() == 0 && p.toTotalMonths() % 12 == 0
                    ? FuzzyDate.ofYear(start.earliest().getYear() + (int) (p.toTotalMonths() / 12)) : null;
            default -> null;
        };
        return date != null && length.approximate() && !date.isApproximate() ? date.approximate() : date;
    }

    /** The length an oblique "after N months" on the trigger states ("handed over on Friday after 14 months"), or null. */
    static Length lengthAfter(ParseGraph g, IndexedWord trigger) {
        return lengthFor(g, trigger, "obl:after");
    }

    /**
     * When something a length long that ended at {@code end} began ("had commanded the task force
     * for 11 months" up to a handover on 26 July 2018: August 2017). A length in months or years
     * gives the month (the year, for whole years before a year), one in weeks or days the day;
     * approximate when the length is hedged; null for a season, an interval or an approximate end.
     */
    static FuzzyDate before(FuzzyDate end, Length length) {
        if (end == null || length == null || end.isInterval() || end.isApproximate()) {
            return null;
        }
        Period p = length.period();
        FuzzyDate date = switch (end.precision()) {
            case DAY -> p.getDays() == 0 ? FuzzyDate.ofMonth(YearMonth.from(end.earliest()).minus(p))
                    : FuzzyDate.ofDay(end.earliest().minus(p));
            case MONTH -> p.getDays() == 0 ? FuzzyDate.ofMonth(YearMonth.from(end.earliest()).minus(p)) : null;
            case YEAR -> p.getDays() == 0 && p.toTotalMonths() % 12 == 0
                    ? FuzzyDate.ofYear(end.earliest().getYear() - (int) (p.toTotalMonths() / 12)) : null;
            default -> null;
        };
        return date != null && length.approximate() && !date.isApproximate() ? date.approximate() : date;
    }

    /** The date so many months on, told as precisely as the start was; null for a season or interval. */
    static FuzzyDate plusMonths(FuzzyDate start, int months) {
        if (start == null || start.isInterval() || start.isApproximate()) {
            return null;
        }
        return switch (start.precision()) {
            case DAY -> FuzzyDate.ofDay(start.earliest().plusMonths(months));
            case MONTH -> FuzzyDate.ofMonth(YearMonth.from(start.earliest()).plusMonths(months));
            case YEAR -> months % 12 == 0 ? FuzzyDate.ofYear(start.earliest().getYear() + months / 12) : null;
            default -> null;
        };
    }
}
