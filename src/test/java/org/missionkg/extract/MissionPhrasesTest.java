package org.missionkg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.missionkg.model.AnnotatedSentence;
import org.missionkg.reference.Gazetteer;
import org.missionkg.reference.GazetteerMatch;

/** Which mission a phrase that does not name one stands for; no CoreNLP needed (the phrases are read off the text). */
class MissionPhrasesTest {
    private static final Gazetteer G = Gazetteer.bundled();
    private final MissionPhrases phrases = new MissionPhrases(G);

    /** "phrase -> mission label" for each phrase found in the sentence after the text before it. */
    private List<String> lastSentence(String before, String sentence) {
        String body = before + " " + sentence;
        ArticleContext ctx = ArticleContext.of("t", LocalDate.of(2015, 1, 1), List.of(), G.scan(body), body);
        int begin = before.length() + 1;
        AnnotatedSentence s = new AnnotatedSentence(1, begin, body.length(), List.of(), List.of());
        List<GazetteerMatch> gaz = G.scan(body).stream().filter(m -> m.start() >= begin).toList();
        List<Slot> named = gaz.stream().filter(m -> m.category() == GazetteerMatch.Category.MISSION)
                .map(m -> Slot.entity(SlotType.MISSION, m.start(), m.end(), m.surface(), m.entity())).toList();
        return phrases.find(body, s, ctx, named, gaz).stream()
                .map(p -> p.text() + " -> " + p.entity().label()).toList();
    }

    @Test
    void aPhraseThatNamesItsOwnerOnlyStandsForAMissionThatOwnerRuns() {
        // The article is about a NATO operation; the U.N. mission it mentions is the UN one named before.
        assertEquals(List.of("The U.N. mission -> United Nations Mission in Liberia"),
                lastSentence("NATO ran Operation Ocean Shield off Somalia. Operation Ocean Shield ended in 2016. "
                        + "The United Nations Mission in Liberia closed in 2018.", "The U.N. mission left Monrovia."));
        // No mission of that owner is named: the phrase stands for none.
        assertEquals(List.of(), lastSentence("NATO ran Operation Ocean Shield off Somalia.", "The U.N. mission left."));
    }

    @Test
    void theNewMissionIsTheSuccessorTheArticleNamesOfTheOneBeforeIt() {
        assertEquals(List.of("the new mission -> United Nations Multidimensional Integrated Stabilization Mission in the "
                        + "Central African Republic"),
                lastSentence("MINUSCA was created on April 10 to replace the African-led force, MISCA.",
                        "About 4,800 of MISCA's soldiers have been transferred to the new mission."));
    }

    @Test
    void theNameInApposition() {
        assertEquals("The U.N. mission -> United Nations Multidimensional Integrated Stabilization Mission in the "
                        + "Central African Republic",
                lastSentence("NATO ran Operation Ocean Shield.", "The U.N. mission, MINUSCA, took over in 2014.").get(0));
    }

    @Test
    void theHeadWordOfAMissionsNameStandsForIt() {
        String named = "IGAD's Ceasefire and Transitional Security Arrangements Monitoring and Verification Mechanism met.";
        assertEquals(List.of("The Mechanism -> Ceasefire and Transitional Security Arrangements Monitoring and Verification Mechanism"),
                lastSentence(named, "The Mechanism was established in 2015."));
        // not before a mission so named
        assertEquals(List.of(), lastSentence("NATO Mission Iraq grew in 2021.", "The mechanism was agreed in 2015."));
        assertEquals(List.of("the initiative -> EU Security and Defence Initiative in the Gulf of Guinea"),
                lastSentence("The EU Security and Defence Initiative in the Gulf of Guinea was extended.",
                        "Launched in December 2023, the initiative supports Benin."));
        assertEquals(List.of(), lastSentence("NATO Mission Iraq grew in 2021.", "The initiative was agreed in 2015."));
    }

    @Test
    void theDetachmentSquadronOrCorpsIsAMissionNamedSo() {
        assertEquals(List.of("the detachment -> Mamba Detachment"),
                lastSentence("Spain sent the Mamba Detachment to Gabon in 2013.", "In May the detachment flew home."));
        assertEquals(List.of(), lastSentence("NATO Mission Iraq grew in 2021.", "In May the squadron flew home."));
    }

    @Test
    void theTaskGroupTheDeploymentAndTheVoyageAreTheStorysMission() {
        assertEquals(List.of("the task group -> Operation Ocean Shield"),
                lastSentence("Operation Ocean Shield sailed in May.", "Admiral Ann Lind commands the task group from the frigate."));
        assertEquals(List.of("The deployment -> Operation Ocean Shield"),
                lastSentence("Operation Ocean Shield sailed in May.", "The deployment ended on Friday."));
        assertEquals(List.of("The voyage -> Operation Ocean Shield"),
                lastSentence("Operation Ocean Shield sailed in May.", "The voyage ended on Friday."));
        // the act of deploying is no mission
        assertEquals(List.of(), lastSentence("Operation Ocean Shield sailed in May.",
                "Parliament approved the deployment of 300 more troops."));
    }

    @Test
    void theOperationIsOneNamedOperationEvenWhenAnotherMissionWasNamedLast() {
        // A story about a national operation inside a UN mission: "the operation" is the one named so.
        assertEquals(List.of("the operation -> Operation Trenton"),
                lastSentence("Operation Trenton ended in January. The United Nations Mission in South Sudan thanked the "
                        + "British.", "Announced in 2015, the operation built two field hospitals."));
    }

    @Test
    void theOffensiveIsAnOperationThatIsOneButNoUnnamedAttack() {
        assertEquals(List.of("the offensive -> Operation Kimia II"),
                lastSentence("Operation Kimia II was launched on March 2.", "The government said the offensive would end on December 31."));
        assertEquals(List.of(), lastSentence("The United Nations Mission in South Sudan sent a patrol.",
                "The offensive reached Bor on Friday."));
    }

    @Test
    void aPoliceMissionDescribedIsOneButAPoliceOperationIsNot() {
        assertEquals(List.of("A European Union police mission -> EUPOL RD Congo"),
                lastSentence("EUPOL RD Congo was set up in 2007.", "A European Union police mission began work on Sunday."));
        assertEquals(List.of(), lastSentence("EUPOL RD Congo was set up in 2007.", "A police operation began on Sunday."));
    }

    @Test
    void aPhraseWithNoOwnerKeepsTheMissionOfItsParagraph() {
        assertEquals(List.of("the training mission -> NATO Mission Iraq"),
                lastSentence("NATO Mission Iraq grew in 2021.", "Italy leads the training mission."));
    }

    @Test
    void aWordOnlyOneNamedMissionHoldsSaysWhichOneADescriptionMeans() {
        // Two missions named; "the truce group" can only be the Truce Monitoring Group, whatever the paragraph's last.
        assertEquals(List.of("the truce group -> Truce Monitoring Group"),
                lastSentence("The Peace Monitoring Group replaces the Truce Monitoring Group. The Peace Monitoring Group "
                        + "is larger.", "The first soldiers of the truce group landed in 1997."));
        // A word that several missions' names hold tells none apart.
        assertEquals(List.of(), lastSentence("The Peace Monitoring Group replaces the Truce Monitoring Group.",
                "The monitoring group landed in 1997."));
    }

    @Test
    void theForceInAStoryAboutAMissionNotNamedAsAForceIsThatMission() {
        assertEquals(List.of("the force -> Operation Sangaris"),
                lastSentence("France sent troops to Operation Sangaris in 2013.", "France began reducing the force in 2015."));
        // with no mission named before it, "the force" stands for none
        assertEquals(List.of(), lastSentence("France sent troops in 2013.", "France began reducing the force in 2015."));
    }

    @Test
    void anIndefiniteForceInTheLedeIsTheArticlesMission() {
        assertEquals(List.of("A smaller NATO force -> Operation Amber Fox"),
                lastSentence("", "A smaller NATO force under German command began work on Thursday, after Operation "
                        + "Amber Fox was approved."));
    }

    @Test
    void theGroupAfterAMissionNamedAsAGroupIsThatMission() {
        assertEquals(List.of("the group -> Standing NATO Maritime Group 1"),
                lastSentence("Denmark took command of Standing NATO Maritime Group 1 on Monday.",
                        "Commodore Ann Smith commanded the group from January to July."));
        // no mission named as a group before it: "the group" is no mission (a rebel group, a group of states)
        assertEquals(List.of(), lastSentence("Denmark took command of Operation Sea Guardian on Monday.",
                "Commodore Ann Smith met the group in July."));
    }
}
