package org.missionkg.consolidate;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * Groups mission-event claims that report the same event.
 *
 * <p>Two claims report the same event when they are about the same mission, have the same
 * event type, name no different agents, and their dates either share a possible day or, both
 * being precise to within {@value #PRECISE_DAYS} days, come within {@value #WINDOW_DAYS} days of
 * each other (the gap between the last possible day of one and the first possible day of the
 * other); the relation is transitive. Imprecise dates must overlap: "January 2020" and "March
 * 2020" are 29 days apart at their nearest, yet a January suspension and a March one are two. News reports of one suspension, handover or launch
 * differ by days, a new event of the same type comes weeks or months later. A claim with no
 * date joins the only group of its mission, type and agent, or else stays with the other
 * undated claims of that mission, type and agent.
 */
final class EventGroups {
    static final int WINDOW_DAYS = 30;
    /** A date allowing at most this many days counts as precise ("on the weekend" allows two). */
    static final int PRECISE_DAYS = 7;

    private EventGroups() {
    }

    /** The merged events, one per group of event claims (other claims are ignored). */
    static List<MergedFact> build(List<Claim> claims) {
        Map<String, List<Claim>> byType = new TreeMap<>();
        for (Claim c : claims) {
            if (c.kind() == Claim.Kind.EVENT) {
                byType.computeIfAbsent(c.mission() + " " + c.eventType(), k -> new ArrayList<>()).add(c);
            }
        }
        List<MergedFact> out = new ArrayList<>();
        byType.values().forEach(sameType -> group(sameType).forEach(g -> out.add(new MergedFact(g))));
        out.sort(Comparator.comparing(MergedFact::iri));
        return out;
    }

    static List<List<Claim>> group(List<Claim> sameType) {
        List<Claim> dated = sameType.stream().filter(c -> !c.undated())
                .sorted(Comparator.comparing(Claim::from, Comparator.nullsFirst(Comparator.naturalOrder()))
                        .thenComparing(Claim::iri))
                .toList();
        List<List<Claim>> groups = Clusters.connected(dated,
                (group, c) -> group.stream().anyMatch(o -> near(o, c)) && agentFits(group, c));
        Map<String, List<Claim>> undated = new TreeMap<>();
        for (Claim c : sameType) {
            if (!c.undated()) {
                continue;
            }
            List<List<Claim>> home = groups.stream().filter(g -> agentFits(g, c)).toList();
            if (home.size() == 1) {
                home.get(0).add(c);
            } else {
                undated.computeIfAbsent(Objects.toString(c.agent(), ""), k -> new ArrayList<>()).add(c);
            }
        }
        groups.addAll(undated.values());
        return groups;
    }

    /** True when the claims' dates share a day (open bounds share every day), or are both precise and at most the window apart. */
    private static boolean near(Claim a, Claim b) {
        if (a.overlaps(b)) {
            return true;
        }
        return precise(a) && precise(b) && gapWithin(a.to(), b.from()) && gapWithin(b.to(), a.from());
    }

    private static boolean precise(Claim c) {
        return c.from() != null && c.to() != null && !c.to().isAfter(c.from().plusDays(PRECISE_DAYS));
    }

    private static boolean gapWithin(LocalDate end, LocalDate start) {
        return end == null || start == null || !end.plusDays(WINDOW_DAYS).isBefore(start);
    }

    private static boolean sameAgent(Claim a, Claim b) {
        return a.agent() == null || b.agent() == null || a.agent().equals(b.agent());
    }

    private static boolean agentFits(List<Claim> group, Claim c) {
        return group.stream().allMatch(o -> sameAgent(o, c));
    }
}
