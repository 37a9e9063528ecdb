package org.missionkg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.missionkg.model.TroopContribution;

/**
 * Counts one clause gives several countries, and counts of people something befell that are no country's part, read
 * through the whole extractor (CoreNLP included).
 */
class SharedCountsIT {
    private static Map<String, Long> counts(String body) {
        Map<String, Long> out = new TreeMap<>();
        for (TroopContribution t : NlpHolder.factsOf(TroopContribution.class, "Who serves", "2016-03-09", body)) {
            out.put(t.country().label(), t.count());
        }
        return out;
    }

    @Test
    void aCountriesPartWithItsVerbAndNounLeftOutHasItsOwnCount() {
        Map<String, Long> found = counts("""
                The Lakes Verification Team has 23 officers from 11 states.

                Uganda has two officers in the Lakes Verification Team and Tanzania three, and Kenya four.
                """);
        assertEquals(2L, found.get("Uganda"), found.toString());
        assertEquals(3L, found.get("Tanzania"), found.toString());
        assertEquals(4L, found.get("Kenya"), found.toString());
    }

    @Test
    void countriesThatEachSendTheSameAllHaveTheCount() {
        Map<String, Long> found = counts("""
                The Lakes Verification Team has 23 officers from 11 states.

                Zambia, Kenya and Tanzania have each sent two officers to the Lakes Verification Team.
                """);
        assertEquals(List.of(2L, 2L, 2L), List.of(found.getOrDefault("Zambia", 0L), found.getOrDefault("Kenya", 0L),
                found.getOrDefault("Tanzania", 0L)), found.toString());
    }

    @Test
    void aNextCountryWhoseNumberCountsSomethingElseGetsNoCount() {
        // "and Kenya four helicopters": its own noun makes it another kind of count, not the officers'
        Map<String, Long> found = counts("""
                Uganda has two officers in the Lakes Verification Team and Kenya four helicopters on standby.
                """);
        assertEquals(null, found.get("Kenya"), found.toString());
    }

    @Test
    void peacekeepersSeizedOrDetainedAreNoContingent() {
        Map<String, Long> found = counts("""
                The Lakes Verification Team moved to Goma in 2014 after rebels seized 45 Fijian peacekeepers.

                Nine Kenyan officers were detained at the border in May.
                """);
        assertEquals(null, found.get("Fiji"), found.toString());
        assertEquals(null, found.get("Kenya"), found.toString());
    }
}
