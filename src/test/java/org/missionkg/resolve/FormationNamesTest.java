package org.missionkg.resolve;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.missionkg.reference.Gazetteer;
import org.missionkg.reference.GazetteerMatch;
import org.missionkg.reference.MissionNames;

/** Missions named as a formation the article treats as one; no CoreNLP needed. Invented names throughout. */
class FormationNamesTest {
    private static final Gazetteer G = Gazetteer.bundled();

    private static List<String> missions(String text) {
        return missions(G::scan, text);
    }

    private static List<String> missions(Function<String, List<GazetteerMatch>> known, String text) {
        return MissionUses.of(FormationNames.add(text, known.apply(text)));
    }

    @Test
    void inAStoryNamingNoOtherMissionTheFormationIsItsMissionWhereverItIsNamed() {
        assertEquals(List.of("Coastal Stabilisation Group -> Coastal Stabilisation Group",
                        "Coastal Stabilisation Group -> Coastal Stabilisation Group"),
                missions("Troops of the Coastal Stabilisation Group patrol the border. "
                        + "The Coastal Stabilisation Group will stay until May."));
        assertEquals(List.of("Lakes Truce Monitoring Team -> Lakes Truce Monitoring Team"),
                missions("Colonel Abel Moyo is the Lakes Truce Monitoring Team's new commander."));
        assertEquals(List.of("Silver Heron Unit -> Silver Heron Unit"),
                missions("Lieutenant Colonel Abel Moyo visited the Silver Heron Unit on Tuesday."));
    }

    @Test
    void theSeaAFormationKeepsIsPartOfItsName() {
        assertEquals(List.of("Standing Patrol Force Atlantic -> Standing Patrol Force Atlantic"),
                missions("Commodore Abel Moyo took over the Standing Patrol Force Atlantic on Thursday."));
    }

    @Test
    void whereTheCapitalsGoOnTheFormationsWordIsInsideAnotherName() {
        assertEquals(List.of(), missions("A Ruritanian firm, Coastal Corps Logistics, moved 140 containers."));
    }

    @Test
    void theNameAfterAStandingForcesNameInOneRunOfCapitalsIsFound() {
        assertEquals(List.of("Coastal Stabilisation Group -> Coastal Stabilisation Group"),
                missions("The Ruritanian Army and the Coastal Stabilisation Group deployed 300 soldiers to the port."));
    }

    @Test
    void besideANamedMissionAFormationIsThatMissionsForce() {
        assertEquals(List.of("Operation Granite Shore -> Operation Granite Shore"),
                missions(text -> MissionNames.merge(text, G.scan(text)),
                        "Under Operation Granite Shore, troops of the Coastal Stabilisation Group patrol the border."));
    }

    @Test
    void inTheLedeTheFormationIsTheStorysMissionBesideANamedOne() {
        assertEquals(List.of("Coastal Stabilisation Group -> Coastal Stabilisation Group",
                        "Operation Granite Shore -> Operation Granite Shore"),
                missions(text -> MissionNames.merge(text, G.scan(text)),
                        "New head for coastal force\n\nA Ruritanian colonel now leads the Coastal Stabilisation Group.\n\n"
                                + "Operation Granite Shore ended in May."));
        assertEquals(List.of(), missions("Coastal force at the fair\n\nAbout 400 people came.\n\n"
                + "Hartmut Voss of the Ruritanian Army's Coastal Stabilisation Group spoke of its 300 troops."));
    }

    @Test
    void whomTheFormationServesIsPartOfItsName() {
        assertEquals(List.of("Northern Standby Brigade for United Nations Operations -> "
                        + "Northern Standby Brigade for United Nations Operations"),
                missions("The Northern Standby Brigade for United Nations Operations was disbanded on Tuesday, and its "
                        + "200 soldiers went home."));
    }

    @Test
    void twoCountriesFormationKeepsItsNumber() {
        assertEquals(List.of("2 Ruritanian-Borduvian Brigade -> 2 Ruritanian-Borduvian Brigade"),
                missions("A Borduvian general took command of 2 Ruritanian-Borduvian Brigade on Wednesday."));
    }

    @Test
    void aCountrysStandingUnitsAndCivilBodiesAreNoMissions() {
        assertEquals(List.of(), missions("Soldiers of the 9th Brigade were deployed to the north."));
        assertEquals(List.of(), missions("The Ruritanian Air Force deployed four jets."));
        assertEquals(List.of(), missions("The Ruritanian National Disaster Response Force deployed 300 personnel."));
        assertEquals(List.of(), missions("Volunteers serving in the Peace Corps arrived on Monday with 30 troops."));
        assertEquals(List.of(), missions("The Joint Task Force deployed 300 soldiers."));
    }
}
