package org.missionkg.consolidate;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiPredicate;

/** Groups claims into the connected groups of a "belongs with" relation. */
final class Clusters {

    private Clusters() {
    }

    /**
     * Adds the claims one by one: a claim joins every group it belongs with (those groups then
     * become one), or starts a group of its own. For a relation that holds between a group and
     * a claim when it holds for some member, the result is the transitive closure, whatever
     * the order of the claims.
     */
    /**
     * {@link #connected} for the relation {@link Claim#overlaps}, by one sweep in time order instead of
     * comparing each claim with the groups so far: at 100k articles one commander of the largest mission
     * has 7,000 claims in one tenure, and the comparisons were most of that mission's consolidation in a
     * fresh process (2.4 s of JIT-cold loops). Sorted by first day (an open start first), a claim overlaps
     * the group in hand when it starts no later than the group's last day (an open end: never ends), and
     * no earlier group, which all ended before this group began. That holds for claims whose span runs
     * forward; a claim that ends before it starts (an extraction slip) breaks it, so then the pairwise way.
     */
    static List<List<Claim>> overlapping(List<Claim> claims) {
        if (claims.stream().anyMatch(c -> c.from() != null && c.to() != null && c.to().isBefore(c.from()))) {
            return connected(claims, (group, c) -> group.stream().anyMatch(c::overlaps));
        }
        List<Claim> sorted = new ArrayList<>(claims);
        sorted.sort(java.util.Comparator.comparing(Claim::from, java.util.Comparator.nullsFirst(java.util.Comparator.naturalOrder())));
        List<List<Claim>> groups = new ArrayList<>();
        List<Claim> current = null;
        java.time.LocalDate lastDay = null;
        boolean open = false;
        for (Claim c : sorted) {
            if (current != null && (open || c.from() == null || !lastDay.isBefore(c.from()))) {
                current.add(c);
            } else {
                current = new ArrayList<>();
                groups.add(current);
                current.add(c);
                open = false;
                lastDay = null;
            }
            if (c.to() == null) {
                open = true;
            } else if (lastDay == null || c.to().isAfter(lastDay)) {
                lastDay = c.to();
            }
        }
        return groups;
    }

    static List<List<Claim>> connected(List<Claim> claims, BiPredicate<List<Claim>, Claim> belongs) {
        List<List<Claim>> groups = new ArrayList<>();
        for (Claim c : claims) {
            List<List<Claim>> touching = groups.stream().filter(g -> belongs.test(g, c)).toList();
            List<Claim> merged = new ArrayList<>(List.of(c));
            touching.forEach(merged::addAll);
            groups.removeAll(touching);
            groups.add(merged);
        }
        return groups;
    }
}
