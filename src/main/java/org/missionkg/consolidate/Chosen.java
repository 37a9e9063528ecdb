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

    /**
     * The claims whose value for an aspect shares no possible day with another claim's value:
     * the two sides of a disagreement. Empty when all stated values are compatible.
     */
    /** The claims (by IRI) that give a date for this aspect. */
    static List<String> dating(List<Claim> claims, Aspect aspect) {
        return claims.stream().filter(c -> c.date(aspect) != null).map(Claim::iri).sorted().toList();
    }

    static List<String> disagreeing(List<Claim> claims, Aspect aspect) {
        List<Claim> stating = claims.stream().filter(c -> c.date(aspect) != null).toList();
        TreeSet<String> out = new TreeSet<>();
        for (Claim a : stating) {
            for (Claim b : stating) {
                if (!a.date(aspect).overlaps(b.date(aspect))) {
                    out.add(a.iri());
                    out.add(b.iri());
                }
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
