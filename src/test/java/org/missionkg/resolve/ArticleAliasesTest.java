package org.missionkg.resolve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.missionkg.reference.Gazetteer;
import org.missionkg.reference.GazetteerMatch;
import org.missionkg.reference.MissionNames;

class ArticleAliasesTest {
    private static final Gazetteer G = Gazetteer.bundled();

    private static List<GazetteerMatch> missions(String text) {
        return ArticleAliases.add(text, MissionNames.merge(text, G.scan(text))).stream()
                .filter(m -> m.category() == GazetteerMatch.Category.MISSION).toList();
    }

    @Test
    void theNameWithoutOperationIsTheSameMissionLaterInTheArticle() {
        String text = "Britain extended Operation Interflex on Friday. Interflex was launched in June 2022.";
        List<GazetteerMatch> found = missions(text);
        assertEquals(2, found.size(), found.toString());
        assertEquals("Interflex", found.get(1).surface());
        assertEquals(found.get(0).entity(), found.get(1).entity());
    }

    @Test
    void theMissionsOwnNameWithoutOperationCountsWhenAnotherOfItsNamesWasPrinted() {
        String text = "The Council extended EUNAVFOR MED Irini on Tuesday. Irini, launched in 2020, is commanded from Rome.";
        List<GazetteerMatch> found = missions(text);
        assertEquals(List.of("EUNAVFOR MED Irini", "Irini"), found.stream().map(GazetteerMatch::surface).toList());
        assertEquals(found.get(0).entity(), found.get(1).entity());
    }

    @Test
    void anAcronymIntroducedInBracketsStandsForTheMission() {
        String text = "He led the Multinational Force and Observers (MFO) for three years. The MFO was created in 1981.";
        List<GazetteerMatch> found = missions(text);
        assertEquals(List.of("Multinational Force and Observers", "MFO", "MFO"), // the bracketed one too
                found.stream().map(GazetteerMatch::surface).toList());
        assertEquals(found.get(0).entity(), found.get(1).entity());
    }

    @Test
    void aShortFormTheArticleNeverIntroducedStaysWhatItWas() {
        assertTrue(missions("Orbital launch sites are busy. The MFO was created in 1981.").isEmpty());
    }

    @Test
    void wordsThatFollowOperationWithoutNamingItAreNoAlias() {
        String text = "Operation Commander Rear Admiral X spoke. The Commander said the ships would sail.";
        assertTrue(missions(text).stream().noneMatch(m -> m.surface().equals("Commander")));
    }
}
