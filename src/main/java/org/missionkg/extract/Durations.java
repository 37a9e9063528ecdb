package org.missionkg.extract;

import edu.stanford.nlp.ling.IndexedWord;
import java.time.YearMonth;
import java.util.Locale;
import java.util.Map;
import org.missionkg.model.FuzzyDate;

/**
 * How long a clause says something lasts: "for a further 12 months", "for an initial twelve
 * months", "for two years" (an oblique "for" on the trigger), and a date that far on at the
 * precision the start was told with.
 */
final class Durations {
    private static final Map<String, Integer> WORDS = Map.ofEntries(Map.entry("one", 1), Map.entry("a", 1),
            Map.entry("an", 1), Map.entry("another", 1), Map.entry("two", 2), Map.entry("three", 3), Map.entry("four", 4), Map.entry("five", 5),
            Map.entry("six", 6), Map.entry("seven", 7), Map.entry("eight", 8), Map.entry("nine", 9),
            Map.entry("ten", 10), Map.entry("eleven", 11), Map.entry("twelve", 12), Map.entry("eighteen", 18),
            Map.entry("twenty-four", 24));

    private Durations() {
    }

    /** The months an oblique "for N months/years" on the trigger states, or null. */
    static Integer monthsFor(ParseGraph g, IndexedWord trigger) {
        Integer own = monthsFor(g, trigger, "obl:for");
        if (own != null) {
            return own;
        }
        // "is planned to last six months": the length stands bare beside the verb.
        if (ParseGraph.lemma(trigger).equals("last")) {
            for (String rel : new String[] {"obl:tmod", "obj", "obl"}) {
                Integer bare = monthsFor(g, trigger, rel);
                if (bare != null) {
                    return bare;
                }
            }
        }
        // "extend the mandate ... for another year": the parser hangs the "for" on the mandate.
        for (var e : g.graph.outgoingEdgeIterable(trigger)) {
            String rel = e.getRelation().toString();
            if (rel.equals("obj") || rel.equals("nsubj:pass")) {
                Integer held = monthsFor(g, e.getDependent(), "nmod:for");
                if (held != null) {
                    return held;
                }
            }
        }
        return null;
    }

    private static Integer monthsFor(ParseGraph g, IndexedWord head, String relation) {
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
            int per = lemma.equals("month") ? 1 : lemma.equals("year") ? 12 : 0;
            if (per == 0) {
                continue;
            }
            for (var n : g.graph.outgoingEdgeIterable(unit)) {
                String rel = n.getRelation().toString();
                if (rel.equals("nummod") || rel.equals("det") && unit.tag() != null && unit.tag().equals("NN")) {
                    Integer count = count(n.getDependent().word());
                    if (count != null) {
                        return count * per;
                    }
                }
            }
        }
        return null;
    }

    private static Integer count(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        if (w.matches("\\d{1,2}")) {
            return Integer.parseInt(w);
        }
        return WORDS.get(w);
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
