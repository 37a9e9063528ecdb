package org.missionkg.consolidate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.missionkg.model.FuzzyDate;

/** The sweep that groups overlapping tenure claims gives the groups the pairwise comparison gives. */
class ClustersTest {

    @Test
    void sweepEqualsPairwiseOnRandomSpansWithOpenBoundsAndSlips() {
        Random rnd = new Random(12);
        int several = 0;
        for (int round = 0; round < 400; round++) {
            List<Claim> claims = new ArrayList<>();
            int n = 1 + rnd.nextInt(40);
            for (int i = 0; i < n; i++) {
                LocalDate from = LocalDate.of(2000, 1, 1).plusDays(rnd.nextInt(3000));
                LocalDate to = from.plusDays(rnd.nextInt(200));
                Map<Aspect, FuzzyDate> dates = new EnumMap<>(Aspect.class);
                if (rnd.nextInt(10) > 0) {
                    dates.put(Aspect.START, FuzzyDate.ofDay(from));
                }
                if (rnd.nextInt(10) > 1) {
                    dates.put(Aspect.END, FuzzyDate.ofDay(round % 5 == 0 && i == 0 ? from.minusDays(30) : to));
                }
                if (!dates.isEmpty()) {
                    claims.add(new Claim("urn:c" + i, Claim.Kind.COMMAND, "urn:p", "urn:m", null, null, dates, null, null));
                }
            }
            Set<Set<String>> pairwise = groups(Clusters.connected(claims, (g, c) -> g.stream().anyMatch(c::overlaps)));
            assertEquals(pairwise, groups(Clusters.overlapping(claims)), "round " + round);
            several += pairwise.size() > 1 ? 1 : 0;
        }
        assertTrue(several > 100, "most rounds have several groups: " + several);
    }

    private static Set<Set<String>> groups(List<List<Claim>> groups) {
        return groups.stream().map(g -> g.stream().map(Claim::iri).collect(Collectors.toSet())).collect(Collectors.toSet());
    }
}
