package org.missionkg.consolidate;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.missionkg.model.EventType;
import org.missionkg.model.FuzzyDate;
import org.missionkg.vocab.Iris;

/**
 * Disagreements between claims of different kinds: a tenure whose stated start comes before
 * the mission itself starts.
 *
 * <p>Nobody leads or commands a mission before it starts, so when an article says a country
 * (or person) has led the mission since a date that shares no possible day with, and lies
 * before, the date another article gives for the mission's start ({@code start} events only:
 * a {@code launch} is often the decision or announcement, months ahead), one of the two is
 * wrong, and the reader should see both. In the seeds: Canada leads NATO Mission Iraq "since
 * July 2018" (000) while the mission "will launch in fall 2018" (001, a start event).
 *
 * <p>Only a mission's first commander, and its first lead nation, are compared, and only with
 * the mission's earliest start event: with many articles, a handover misread as a start would
 * otherwise set every earlier tenure against it. The conflict's aspect is {@code start} and its
 * subject the commander or country; its claims are the tenure claims that state the early start
 * and the start-event claims that state the later date. Claims that state a compatible start
 * are not listed.
 */
final class StartConflicts {

    /** One disagreement: mission, subject (commander or country IRI) and the claim IRIs, sorted. */
    record CrossConflict(String mission, String subject, List<String> claims) {
        CrossConflict {
            claims = List.copyOf(new TreeSet<>(claims));
        }
    }

    private static final Comparator<MergedFact> EARLIEST =
            Comparator.comparing((MergedFact e) -> e.value(Aspect.DATE).earliest()).thenComparing(MergedFact::iri);

    private StartConflicts() {
    }

    static List<CrossConflict> find(List<MergedFact> tenures, List<MergedFact> events) {
        // The mission starts once: per mission, the dated claims of its earliest start event,
        // whatever later reports misfiled as one.
        String startType = Iris.eventType(EventType.START.code());
        Map<String, MergedFact> earliestStart = new TreeMap<>();
        for (MergedFact e : events) {
            if (e.kind() == Claim.Kind.EVENT && startType.equals(e.eventType()) && e.value(Aspect.DATE) != null
                    && e.value(Aspect.DATE).earliest() != null) {
                earliestStart.merge(e.mission(), e, (a, b) -> EARLIEST.compare(a, b) <= 0 ? a : b);
            }
        }
        List<CrossConflict> out = new ArrayList<>();
        for (MergedFact t : tenures) {
            // Only the first commander or lead nation of a mission can be said to start before
            // it; a later one "before the start" means the start event is the odd one out.
            MergedFact start = earliestStart.get(t.mission());
            if (t.kind() == Claim.Kind.EVENT || t.predecessor() != null || start == null) {
                continue;
            }
            List<Claim> starts = start.claims().stream().filter(c -> c.date(Aspect.DATE) != null).toList();
            List<String> early = new ArrayList<>();
            List<String> later = new ArrayList<>();
            for (Claim tc : t.claims()) {
                FuzzyDate s = tc.date(Aspect.START);
                if (s == null) {
                    continue;
                }
                for (Claim ec : starts) {
                    if (s.certainlyBefore(ec.date(Aspect.DATE))) {
                        early.add(tc.iri());
                        later.add(ec.iri());
                    }
                }
            }
            if (!early.isEmpty()) {
                List<String> claims = new ArrayList<>(early);
                claims.addAll(later);
                out.add(new CrossConflict(t.mission(), t.subject(), claims));
            }
        }
        out.sort(Comparator.comparing((CrossConflict c) -> String.join(" ", c.claims())));
        return out;
    }
}
