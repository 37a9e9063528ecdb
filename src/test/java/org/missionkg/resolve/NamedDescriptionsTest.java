package org.missionkg.resolve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.missionkg.reference.Gazetteer;
import org.missionkg.reference.GazetteerMatch;
import org.missionkg.reference.MissionNames;

class NamedDescriptionsTest {
    private static final Gazetteer G = Gazetteer.bundled();

    private static List<GazetteerMatch> missions(String text) {
        return NamedDescriptions.settle(text, MissionNames.merge(text, G.scan(text))).stream()
                .filter(m -> m.category() == GazetteerMatch.Category.MISSION).toList();
    }

    @Test
    void aDescriptionWithAMissionsNameInAppositionIsThatMissionOnce() {
        String text = "A separate U.S.-led coalition, Operation Prosperity Guardian, was set up in December.";
        List<GazetteerMatch> found = missions(text);
        assertEquals(1, found.size(), found.toString());
        assertEquals("operation-prosperity-guardian", found.get(0).entity().key());
        assertEquals("U.S.-led coalition, Operation Prosperity Guardian", found.get(0).surface());
    }

    @Test
    void aDescriptionAloneAndTwoNamesSideBySideStayAsTheyAre() {
        List<GazetteerMatch> alone = missions("The U.S.-led coalition struck targets in Syria.");
        assertEquals("operation-inherent-resolve", alone.get(0).entity().key());
        List<GazetteerMatch> two = missions("Operation Inherent Resolve, Operation Prosperity Guardian and others sailed.");
        assertEquals(2, two.size(), two.toString());
    }

    @Test
    void aNameIsTheLabelAnAcronymOrAWordOfTheMissionsOwnAndADescriptionIsNone() {
        GazetteerMatch aspides = G.scan("Ships of Operation Aspides sailed.").stream()
                .filter(m -> m.category() == GazetteerMatch.Category.MISSION).findFirst().orElseThrow();
        assertTrue(aspides.byName(), aspides.toString());
        GazetteerMatch coalition = G.scan("The U.S.-led coalition struck.").stream()
                .filter(m -> m.category() == GazetteerMatch.Category.MISSION).findFirst().orElseThrow();
        assertFalse(coalition.byName(), coalition.toString());
        GazetteerMatch acronym = G.scan("UNMISS patrols Juba.").stream()
                .filter(m -> m.category() == GazetteerMatch.Category.MISSION).findFirst().orElseThrow();
        assertTrue(acronym.byName(), acronym.toString());
    }
}
