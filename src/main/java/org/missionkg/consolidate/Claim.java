package org.missionkg.consolidate;

import java.time.LocalDate;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import org.missionkg.model.FuzzyDate;

/**
 * One fact as an article states it, reduced to what consolidation compares: who or what it
 * is about, its dates and when the article stated it; and the article it comes from, so that a
 * merged fact can say how many articles support it without a query going back to its claims.
 *
 * @param iri       the article fact's IRI
 * @param kind      what kind of fact it is
 * @param subject   the commander (person) or country; null for a mission event
 * @param mission   the mission
 * @param eventType the event type's IRI, for a mission event; otherwise null
 * @param agent     the person or country an event hands over to, or null
 * @param dates     the dates the claim states, by aspect
 * @param asOf      when the article states the claim, or null
 * @param article   the article it is derived from ({@code prov:wasDerivedFrom}), or null when it names none
 */
record Claim(String iri, Kind kind, String subject, String mission, String eventType, String agent,
             Map<Aspect, FuzzyDate> dates, FuzzyDate asOf, String article) {

    /** The kinds of article fact that consolidation merges. */
    enum Kind {
        COMMAND("command", "person"),
        LEAD("lead", "country"),
        EVENT("event", null);

        private final String code;
        private final String commanderKind;

        Kind(String code, String commanderKind) {
            this.code = code;
            this.commanderKind = commanderKind;
        }

        /** The short name used in consolidated IRIs. */
        String code() {
            return code;
        }

        /** "person" or "country" for tenures; null for events. */
        String commanderKind() {
            return commanderKind;
        }
    }

    Claim {
        Objects.requireNonNull(iri, "iri");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(mission, "mission");
        EnumMap<Aspect, FuzzyDate> copy = new EnumMap<>(Aspect.class);
        copy.putAll(dates);
        dates = Collections.unmodifiableMap(copy);
    }

    FuzzyDate date(Aspect aspect) {
        return dates.get(aspect);
    }

    /** The first day the claim's time span can include; null when it states no lower bound. */
    LocalDate from() {
        FuzzyDate d = kind == Kind.EVENT ? date(Aspect.DATE) : date(Aspect.START);
        return d == null ? null : d.earliest();
    }

    /** The last day the claim's time span can include; null when it states no upper bound. */
    LocalDate to() {
        FuzzyDate d = kind == Kind.EVENT ? date(Aspect.DATE) : date(Aspect.END);
        return d == null ? null : d.latest();
    }

    /** True when the claim gives its time span no bound at all. */
    boolean undated() {
        return from() == null && to() == null;
    }

    /** True when two claims' time spans share a day, an absent bound counting as open. */
    boolean overlaps(Claim other) {
        return !before(to(), other.from()) && !before(other.to(), from());
    }

    private static boolean before(LocalDate end, LocalDate start) {
        return end != null && start != null && end.isBefore(start);
    }
}
