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
