package org.missionkg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
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

    @Test
    void aDescribedMissionLedSinceBeforeItBeganIsThePhaseOfThatYear() {
        Fact f = led("eumam-mozambique", "2021-07", "Portugal, which has led the mission since it was set up in July 2021, stays.");
        assertEquals(mission("eutm-mozambique"), missionOf(DescribedPhases.settled(List.of(f), MENTIONS, G)));
    }

    @Test
    void aNamedMissionOrOneActiveSinceThenStaysAsRead() {
        Fact named = led("eumam-mozambique", "2021-07", "Portugal has led EUMAM Mozambique since July 2021.");
        assertEquals(mission("eumam-mozambique"), missionOf(DescribedPhases.settled(List.of(named), MENTIONS, G)));
        Fact active = led("eumam-mozambique", "2024-09", "Portugal, which has led the mission since September 2024, stays.");
        assertEquals(mission("eumam-mozambique"), missionOf(DescribedPhases.settled(List.of(active), MENTIONS, G)));
    }

    @Test
    void aSuccessorRunByAnotherKeepsItsPredecessorsPastWhoeverRanEither() {
        // The Kenyan-run mission in Haiti gave way to the Gang Suppression Force, which no country runs.
        Fact f = led("gang-suppression-force", "2024", "Kenya, which has led the mission since 2024, has said nothing.");
        assertEquals(mission("mss-haiti"), missionOf(DescribedPhases.settled(List.of(f), MENTIONS, G)));
    }
}
