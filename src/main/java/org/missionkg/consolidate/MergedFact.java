package org.missionkg.consolidate;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.missionkg.model.FuzzyDate;
import org.missionkg.vocab.Iris;

/**
 * Claims from one or more articles taken as one fact: a command tenure, a lead nation's
 * leadership or a mission event. Its values are chosen from the claims ({@link Chosen}) or,
 * where no claim states one, derived from neighbouring facts ({@link Derived}).
 */
final class MergedFact {
    private final Claim.Kind kind;
    private final List<Claim> claims;
    private final Map<Aspect, Chosen> stated = new EnumMap<>(Aspect.class);
    private final Map<Aspect, Derived> derived = new EnumMap<>(Aspect.class);
    private MergedFact predecessor;

    /** claims: at least one, all of the same kind and about the same mission and subject. */
    MergedFact(List<Claim> claims) {
        if (claims.isEmpty()) {
            throw new IllegalArgumentException("a merged fact needs at least one claim");
        }
        this.claims = claims.stream().sorted(Comparator.comparing(Claim::iri)).toList();
        this.kind = this.claims.get(0).kind();
        for (Aspect a : Aspect.values()) {
            Chosen c = Chosen.pick(this.claims, a);
            if (c != null) {
                stated.put(a, c);
            }
        }
    }

    /**
     * The consolidated node's IRI: minted from the kind and the smallest claim IRI. A claim is in one
     * merged fact of its kind, so no two facts share it; and a fact keeps its IRI when more claims join
     * it (unless one sorts first), so one new article rewrites the triples it changes, not a tenure's
     * thousands of {@code mkg:claim} links (at 100k articles that rewrite was most of the update).
     */
    String iri() {
        return Iris.consolidated(kind.code(), claims.get(0).iri());
    }

    Claim.Kind kind() {
        return kind;
    }

    List<Claim> claims() {
        return claims;
    }

    String mission() {
        return claims.get(0).mission();
    }

    /** The commander or country of a tenure; null for an event. */
    String subject() {
        return claims.get(0).subject();
    }

    String eventType() {
        return claims.get(0).eventType();
    }

    /** The smallest agent IRI the claims state, or null. */
    String agent() {
        return claims.stream().map(Claim::agent).filter(Objects::nonNull).sorted().findFirst().orElse(null);
    }

    Chosen stated(Aspect a) {
        return stated.get(a);
    }

    Derived derived(Aspect a) {
        return derived.get(a);
    }

    /** The value of an aspect: the stated one, else a derived one, else null. */
    FuzzyDate value(Aspect a) {
        Chosen c = stated.get(a);
        if (c != null) {
            return c.value();
        }
        Derived d = derived.get(a);
        return d == null ? null : d.value();
    }

    void derive(Derived d) {
        if (stated.containsKey(d.aspect()) || derived.containsKey(d.aspect())) {
            throw new IllegalStateException(d.aspect().code() + " of " + iri() + " is already known");
        }
        derived.put(d.aspect(), d);
    }

    boolean inferred() {
        return !derived.isEmpty();
    }

    MergedFact predecessor() {
        return predecessor;
    }

    void predecessor(MergedFact p) {
        this.predecessor = p;
    }

    /** True when the fact may have been under way on that day (open bounds allow it). */
    boolean mayInclude(LocalDate day) {
        FuzzyDate s = value(Aspect.START);
        FuzzyDate e = value(Aspect.END);
        return (s == null || s.earliest() == null || !s.earliest().isAfter(day))
                && (e == null || e.latest() == null || !e.latest().isBefore(day));
    }
}
