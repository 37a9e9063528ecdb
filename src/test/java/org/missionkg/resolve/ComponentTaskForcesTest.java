package org.missionkg.resolve;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.missionkg.reference.Gazetteer;
import org.missionkg.reference.MissionNames;

/** A task force named down a story on another mission is that mission's; no CoreNLP needed. Invented names. */
class ComponentTaskForcesTest {
    private static final Gazetteer G = Gazetteer.bundled();

    private static List<String> missions(String text) {
        return MissionUses.of(ComponentTaskForces.fold(text, MissionNames.merge(text, G.scan(text)), G));
    }

    @Test
    void aTaskForceNamedAfterTheLedeOfAStoryOnAnOperationIsThatOperations() {
        assertEquals(List.of("Operation Amber Tide -> Operation Amber Tide", "Operation Amber Tide -> Operation Amber Tide",
                        "Task Force Heron -> Operation Amber Tide"),
                missions("French gunners in Operation Amber Tide\n\nOperation Amber Tide goes on.\n\n"
                        + "Four howitzers of Task Force Heron are in position near the city."));
    }

    @Test
    void aTaskForceTheLedeNamesOrTheGazetteerListsStaysItsOwnMission() {
        assertEquals(List.of("Task Force Heron -> Task Force Heron", "Task Force Heron -> Task Force Heron",
                        "Operation Amber Tide -> Operation Amber Tide"),
                missions("Task Force Heron arrives\n\nTask Force Heron of Operation Amber Tide arrived.\n\nMore."));
        assertEquals(List.of("Operation Amber Tide -> Operation Amber Tide",
                        "Combined Task Force 151 -> Combined Task Force 151"),
                missions("Ships for Operation Amber Tide\n\nThe operation starts.\n\nCombined Task Force 151 helps."));
    }

    @Test
    void aTaskForceSaidToBeANationalContingentOfAnOperationIsThatOperationsWhereverItIsNamed() {
        assertEquals(List.of("Task Force Heron -> Operation Amber Tide", "Task Force Heron -> Operation Amber Tide",
                        "Task Force Heron -> Operation Amber Tide", "Operation Amber Tide -> Operation Amber Tide"),
                missions("Task Force Heron changes command\n\nTask Force Heron has a new commander.\n\n"
                        + "Task Force Heron is the Canadian contingent deployed on Operation Amber Tide."));
        // a small group assigned to a mission is not said to be its contingent: the lede's task force stays its own
        assertEquals(List.of("Task Force Heron -> Task Force Heron", "Task Force Heron -> Task Force Heron",
                        "Task Force Heron -> Task Force Heron", "Operation Amber Tide -> Operation Amber Tide"),
                missions("Task Force Heron changes command\n\nTask Force Heron has a new commander.\n\n"
                        + "Task Force Heron, the small group of officers assigned to Operation Amber Tide, is in Juba."));
    }
}
