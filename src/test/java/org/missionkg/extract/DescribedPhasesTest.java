package org.missionkg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.missionkg.model.EntityKind;
import org.missionkg.model.EntityRef;
import org.missionkg.model.Evidence;
import org.missionkg.model.Fact;
import org.missionkg.model.FuzzyDate;
import org.missionkg.model.Leadership;
import org.missionkg.model.Provenance;
import org.missionkg.reference.Gazetteer;
import org.missionkg.resolve.ArticleMentions;
import org.missionkg.vocab.Iris;

/** A lead held since before the described mission began is the phase's of that year; no CoreNLP needed. */
class DescribedPhasesTest {
    private static final Gazetteer G = Gazetteer.bundled();
    private static final MentionResolver MENTIONS = ArticleMentions.over(G);
    private static final EntityRef PORTUGAL = new EntityRef(EntityKind.COUNTRY, "portugal", "Portugal");

    private static EntityRef mission(String key) {
        return G.entity(Iris.entity(EntityKind.MISSION, key)).orElseThrow();
    }

    private static Leadership led(String mission, String since, String sentence) {
        return new Leadership(PORTUGAL, mission(mission), FuzzyDate.parse(since), null,
                new Provenance("a", new Evidence(0, 1, "x", "", "", sentence), 0.8, "test", null));
    }

    private static EntityRef missionOf(List<Fact> facts) {
        return ((Leadership) facts.get(0)).mission();
    }

    @ParameterizedTest(name = "{2}")
    @CsvSource(delimiter = '|', value = {
            // described, led since before it began: the predecessor of that year
            "eumam-mozambique | 2021-07 | Portugal, which has led the mission since it was set up in July 2021, stays. | eutm-mozambique",
            // the successor is run by no country, the predecessor by Kenya: mkg:succeeds is followed all the same
            "gang-suppression-force | 2024 | Kenya, which has led the mission since 2024, has said nothing. | mss-haiti",
            // the sentence names the mission: the name the writer printed stays
            "eumam-mozambique | 2021-07 | Portugal has led EUMAM Mozambique since July 2021. | eumam-mozambique",
            // led since the mission's own years: it stays
            "eumam-mozambique | 2024-09 | Portugal, which has led the mission since September 2024, stays. | eumam-mozambique",
    })
    void aLeadDatedBeforeTheDescribedMissionBeganIsItsPredecessorsOfThatYear(String read, String since, String sentence,
                                                                              String expected) {
        Fact f = led(read, since, sentence);
        assertEquals(mission(expected), missionOf(DescribedPhases.settled(List.of(f), MENTIONS, G)));
    }
}
