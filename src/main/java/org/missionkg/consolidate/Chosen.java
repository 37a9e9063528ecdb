package org.missionkg.consolidate;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.TreeSet;
import org.missionkg.model.FuzzyDate;

/**
 * The value a consolidated fact takes for one aspect, and the claims that state exactly it.
 *
 * <p>The choice: the most precise value (the fewest possible days; an open interval is the
 * least precise), then the one stated earliest (smallest {@code asOf}; claims without one come
 * last), then the smallest EDTF string and claim IRI, so that the choice never depends on the
 * order of the input.
 */
record Chosen(FuzzyDate value, List<String> claims) {

    private static final Comparator<Claim> AS_OF = Comparator.comparing(
            (Claim c) -> c.asOf() == null ? null : c.asOf().earliest(),
            Comparator.nullsLast(Comparator.naturalOrder()));

    Chosen {
        Objects.requireNonNull(value, "value");
        claims = List.copyOf(claims);
    }

    /** The chosen value among the claims for an aspect, or null when none states one. */
    static Chosen pick(List<Claim> claims, Aspect aspect) {
        Claim best = claims.stream()
                .filter(c -> c.date(aspect) != null)
                .min(Comparator.comparingLong((Claim c) -> span(c.date(aspect)))
                        .thenComparing(AS_OF)
                        .thenComparing(c -> c.date(aspect).edtf())
                        .thenComparing(Claim::iri))
                .orElse(null);
        if (best == null) {
            return null;
        }
        FuzzyDate value = best.date(aspect);
        List<String> stating = claims.stream()
                .filter(c -> value.equals(c.date(aspect)))
                .map(Claim::iri)
                .sorted()
                .toList();
        return new Chosen(value, stating);
    }

    /** The claims (by IRI) that give a date for this aspect. */
    static List<String> dating(List<Claim> claims, Aspect aspect) {
        return claims.stream().filter(c -> c.date(aspect) != null).map(Claim::iri).sorted().toList();
    }

    /**
     * The claims whose value for an aspect shares no possible day with another claim's value:
     * the two sides of a disagreement. Empty when all stated values are compatible.
     *
     * <p>A value shares no day with some other exactly when some other ends before it starts
     * (the least last day is before its first day) or starts after it ends (the greatest first
     * day is after its last day); an open bound is before or after nothing. So two passes
     * instead of comparing every pair: one merged fact at 100k articles rests on thousands of claims.
     */
    static List<String> disagreeing(List<Claim> claims, Aspect aspect) {
        List<Claim> stating = claims.stream().filter(c -> c.date(aspect) != null).toList();
        LocalDate leastLast = null;
        LocalDate greatestFirst = null;
        for (Claim c : stating) {
            LocalDate last = c.date(aspect).latest();
            LocalDate first = c.date(aspect).earliest();
            if (last != null && (leastLast == null || last.isBefore(leastLast))) {
                leastLast = last;
            }
            if (first != null && (greatestFirst == null || first.isAfter(greatestFirst))) {
                greatestFirst = first;
            }
        }
        TreeSet<String> out = new TreeSet<>();
        for (Claim c : stating) {
            LocalDate first = c.date(aspect).earliest();
            LocalDate last = c.date(aspect).latest();
            boolean afterSome = first != null && leastLast != null && leastLast.isBefore(first);
            boolean beforeSome = last != null && greatestFirst != null && last.isBefore(greatestFirst);
            if (afterSome || beforeSome) {
                out.add(c.iri());
            }
        }
        return List.copyOf(out);
    }

    /** How many days a date allows; open intervals count as unbounded. */
    private static long span(FuzzyDate d) {
        LocalDate from = d.earliest();
        LocalDate to = d.latest();
        return from == null || to == null ? Long.MAX_VALUE : ChronoUnit.DAYS.between(from, to);
    }
}
