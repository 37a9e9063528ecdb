package org.missionkg.resolve;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.missionkg.reference.Gazetteer;

/** Missions an article introduces by a description in apposition; no CoreNLP needed. Invented names throughout. */
class IntroducedMissionsTest {
    private static final Gazetteer G = Gazetteer.bundled();

    private static List<String> missions(String text) {
        return MissionUses.of(IntroducedMissions.add(text, G.scan(text)));
    }

    @Test
    void aNameIntroducedAsAForceIsAMissionWhereverTheArticleUsesIt() {
        assertEquals(List.of("Ruritanian Stabilisation Force -> Ruritanian Stabilisation Force",
                        "Ruritanian Stabilisation Force -> Ruritanian Stabilisation Force"),
                missions("Troops of the Ruritanian Stabilisation Force, a 900-strong mission set up in 2019, patrol the border. "
                        + "The Ruritanian Stabilisation Force will stay until May."));
    }

    @Test
    void theNamesAcronymAndItsInitialsFollowIt() {
        assertEquals(List.of("Silver Heron Battalion -> Silver Heron Battalion", "SHB -> Silver Heron Battalion",
                        "SHB -> Silver Heron Battalion"),
                missions("Colonel Abel Moyo leads the Silver Heron Battalion, SHB for short, the infantry unit that Zambia "
                        + "keeps inside the UN mission. The SHB moved south in May."));
        assertEquals(List.of("Coastal Security System -> Coastal Security System", "CSS -> Coastal Security System"),
                missions("The Coastal Security System (CSS), the region's collective security body, sent 180 soldiers."));
    }

    @Test
    void aGroupingMustBeASecurityOne() {
        assertEquals(List.of(), missions("The Coastal Trade Partnership Group, a grouping of port cities, met on Monday."));
        assertEquals(List.of("Gulf Maritime Coalition -> Gulf Maritime Coalition"),
                missions("The Gulf Maritime Coalition, an alliance that four states formed in 2020, escorts tankers."));
    }

    @Test
    void peopleNationalBodiesAndClausesAreNoMissions() {
        assertEquals(List.of(), missions("Lieutenant General Abel Moyo, the fourth officer to lead the advisory mission, arrived."));
        assertEquals(List.of(), missions("According to the Ruritanian Defence Command, the mission now has 650 personnel."));
        assertEquals(List.of(), missions("The Ruritanian Police Unit, the country's anti-riot force, was deployed."));
        assertEquals(List.of(), missions("On Tuesday Silver Heron Battalion, the force said, moved south."));
    }
}
