package org.missionkg.resolve;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.missionkg.reference.Gazetteer;

/** Missions an article introduces by a code name alone; no CoreNLP needed. */
class CodeNamesTest {
    private static final Gazetteer G = Gazetteer.bundled();

    private static List<String> missions(String text) {
        return MissionUses.of(CodeNames.add(text, G.scan(text), G));
    }

    @Test
    void aCodeNameTheGazetteerKnowsAsAnOperationIsThatMissionWhereverTheArticleUsesIt() {
        assertEquals(List.of("Essential Harvest -> Operation Essential Harvest",
                        "Essential Harvest -> Operation Essential Harvest"),
                missions("The operation, codenamed Essential Harvest, will bring 3,500 troops. Essential Harvest ends soon."));
    }

    @Test
    void aCodeNameTheGazetteerKnowsAsItStandsIsThatMission() {
        assertEquals(List.of("EUNAVFOR Med -> Operation Sophia"),
                missions("The operation, called EUNAVFOR Med, will be run from Rome."));
    }

    @Test
    void anUnlistedCodeNameIsAnOperationOfThatName() {
        assertEquals(List.of("Northern Lantern -> Operation Northern Lantern"),
                missions("Soldiers began a deployment dubbed Northern Lantern on Monday."));
        assertEquals(List.of("Northern Lantern -> Operation Northern Lantern"),
                missions("Soldiers began a new deployment called Northern Lantern on Monday."));
    }

    @Test
    void knownAsNamesAfterTheDefiniteArticleAndKeepsAPhaseNumber() {
        assertEquals(List.of("Northern Lantern 2 -> Operation Northern Lantern 2"),
                missions("He said the operation known as Northern Lantern 2 would run until April."));
        assertEquals(List.of("Northern Lantern -> Operation Northern Lantern"),
                missions("The operation known as Northern Lantern sent 5,100 troops."));
        // a plain "called" after "the" stays a verb of speech
        assertEquals(List.of(), missions("The force called Northern Lantern its ninth commander."));
    }

    @Test
    void knownAsNamesAfterARelativeClauseOnTheOperation() {
        assertEquals(List.of("Sea Lantern -> Operation Sea Lantern"),
                missions("The military operation that ran the camps, known as Sea Lantern, ends on Friday."));
        // without "known as", "codenamed" or "dubbed" the clause names nothing
        assertEquals(List.of(), missions("The operation that ran the camps, Sea Lantern officials said, ends on Friday."));
    }

    @Test
    void aNameTheArticleSaysSomeoneCallsTheDeploymentIsThatOperation() {
        assertEquals(List.of("Lantern -> Operation Lantern", "Lantern -> Operation Lantern"),
                missions("Lantern, as the military calls the deployment, has grown. Lantern counts 22 soldiers."));
        assertEquals(List.of("Lantern -> Operation Lantern"), missions("They rode on the left wing of what Paris called Lantern."));
        assertEquals(List.of("Lantern -> Operation Lantern"),
                missions("The sanctions patrols, known in Defence as Lantern, started in 2018."));
        // a name that says what it names is the whole name, its year included
        assertEquals(List.of("Northern Lantern Deployment 2021 -> Northern Lantern Deployment 2021"),
                missions("The voyage, which the navy calls the Northern Lantern Deployment 2021, cost 14 million euros."));
        // the locals' name for a place names no operation
        assertEquals(List.of(), missions("The valley, which the locals call Little Lantern, is quiet."));
    }

    @Test
    void aQuotedNameIsTakenWhole() {
        assertEquals(List.of("Dawn over the Hills -> Operation Dawn over the Hills"),
                missions("The operation, called \"Dawn over the Hills\", began at 5 a.m."));
    }

    @Test
    void aNameWithoutAWordForAnOperationBeforeItIsNoCodeName() {
        assertEquals(List.of(), missions("A ship named Northern Lantern docked on Monday."));
        // "called" as a verb of speech: the force called the general its ninth commander.
        assertEquals(List.of(), missions("A statement from the force called Northern Lantern its ninth commander."));
    }
}
