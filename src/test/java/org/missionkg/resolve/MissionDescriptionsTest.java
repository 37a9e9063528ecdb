package org.missionkg.resolve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.missionkg.reference.Gazetteer;
import org.missionkg.reference.GazetteerMatch;

/** Missions described instead of named, resolved against the bundled gazetteer (no CoreNLP). */
class MissionDescriptionsTest {
    private static final Gazetteer G = Gazetteer.bundled();
    private static final MissionDescriptions D = MissionDescriptions.over(G);

    private static List<GazetteerMatch> described(String text) {
        List<GazetteerMatch> before = G.scan(text);
        return D.add(text, before).stream().filter(m -> !before.contains(m)).toList();
    }

    /** The text holds one description, these words, of the mission whose label holds {@code labelPart}. */
    private static void assertOneDescribed(String text, String surface, String labelPart) {
        List<GazetteerMatch> added = described(text);
        assertEquals(1, added.size(), added.toString());
        assertEquals(surface, added.get(0).surface());
        assertTrue(added.get(0).label().contains(labelPart), added.get(0).label());
    }

    @Test
    void anOwnerAKindAndAHostPickTheOneMissionThatFitsThem() {
        assertOneDescribed("Ministers extended the bloc's training mission in Mozambique until June 2026.",
                "training mission", "Training Mission in Mozambique");
    }

    @Test
    void theOwnerKeepsItsOwnMatch() {
        String text = "Portugal will send 30 trainers to the European Union's new military training mission in the Central African Republic.";
        List<GazetteerMatch> all = D.add(text, G.scan(text));
        assertTrue(all.stream().anyMatch(m -> m.category() == GazetteerMatch.Category.ORGANIZATION
                && m.surface().equals("European Union")), all.toString());
        // the owner's match stays for the facts that need it (troops sent to the EU's mission)
        assertTrue(all.stream().anyMatch(m -> m.category() == GazetteerMatch.Category.MISSION
                && m.surface().equals("new military training mission") && m.label().contains("Central African")), all.toString());
        assertTrue(all.stream().anyMatch(m -> m.category() == GazetteerMatch.Category.COUNTRY
                && m.surface().equals("Central African Republic")), all.toString());
    }

    @Test
    void anOwnerIntroducedAfterTheDescriptionPicksItsMissionTheArticleNames() {
        assertOneDescribed("The SADC Preventive Mission in the Kingdom of Lesotho opens. A regional force from the Southern "
                + "African Development Community was officially launched in Maseru, Lesotho, on Saturday.",
                "regional force", "Lesotho");
    }

    @Test
    void aPossessiveOwnerIsTheOneNamedBeforeItInItsClause() {
        assertOneDescribed("The European Union on Monday suspended its training mission in the Central African Republic.",
                "training mission", "Central African Republic");
        // nothing narrows the owner's missions: the one of them the article names
        assertOneDescribed("Operation Pitting flew 15,000 people out. Britain has brought its evacuation operation in "
                + "Afghanistan to a close.", "evacuation operation", "Pitting");
        // a description that modifies a noun is no mission: "its air task force headquarters" is a place
        assertEquals(List.of(), described("Most personnel are in Kuwait, where Canada keeps its air task force "
                + "headquarters, while teams work in Jordan."));
        // another clause's subject is not whose "its" this is
        assertEquals(List.of(), described("Operation Pitting flew 15,000 people out of Afghanistan. The ministers met; "
                + "its evacuation operation ended."));
    }

    @Test
    void aNationalityPicksTheOneMissionOfItsCountryTheArticleNames() {
        assertOneDescribed("The deployment, known in Britain as Operation Trenton, helps UNMISS. The British task force "
                + "is commanded by a lieutenant colonel.", "task force", "Trenton");
        assertOneDescribed("Operation Trenton builds roads for UNMISS. The British deployment grew to 400.",
                "deployment", "Trenton");
        // no mission of that country named: nothing, however few that country runs
        assertEquals(List.of(), described("UNMISS builds roads. The British task force is commanded by a colonel."));
    }

    /**
     * Descriptions that do not settle one mission: several fit and none is named (AMISOM, ATMIS and
     * AUSSOM are all the African Union's in Somalia); the name stands beside it; the owner comes
     * with no word that narrows ("the alliance's mission" is for the sentence reader); no owner.
     */
    @ParameterizedTest
    @ValueSource(strings = {
        "The African Union's mission in Somalia was renamed in April 2022.",
        "A new EU police mission, EUPOL Proxima, begins work in Skopje today.",
        "NATO Mission Iraq trains officers. The alliance's mission grew last year.",
        "The training mission in Mozambique goes on."})
    void descriptionsThatDoNotSettleOneMissionAddNothing(String text) {
        assertEquals(List.of(), described(text));
    }
}
