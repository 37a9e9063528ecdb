package org.missionkg.extract;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.missionkg.model.EventType;
import org.missionkg.model.MissionEvent;

/** A force's size told going from one figure to another, read through the whole extractor (CoreNLP included). */
class SizeChangeIT {
    private static List<MissionEvent> events(String body) {
        return NlpHolder.factsOf(MissionEvent.class, "Troop numbers", "2023-03-02", body);
    }

    private static boolean has(List<MissionEvent> events, EventType type) {
        return events.stream().anyMatch(e -> e.type() == type);
    }

    @Test
    void fromALargerFigureToASmallerOneIsADrawdown() {
        List<MissionEvent> found = events("""
                Operation Astute will shrink this year. The U.S. presence will go from about 200 to roughly 130 personnel by the end of September.
                """);
        assertTrue(has(found, EventType.DRAWDOWN), found.toString());
        assertTrue(!has(found, EventType.EXPANSION), found.toString());
    }

    @Test
    void fromASmallerFigureToALargerOneIsAnExpansion() {
        List<MissionEvent> found = events("""
                Operation Astute is being reinforced. The reinforcement will take the task force from about 300 to roughly 380 personnel by the end of October.
                """);
        assertTrue(has(found, EventType.EXPANSION), found.toString());
        assertTrue(!has(found, EventType.DRAWDOWN), found.toString());
    }

    @Test
    void aCountOfSomethingElseChangingIsNoChangeInTheForce() {
        List<MissionEvent> found = events("""
                Operation Astute patrols the border. The number of migrants caught rose from 16,000 to 50,500 in March.
                """);
        assertTrue(!has(found, EventType.EXPANSION) && !has(found, EventType.DRAWDOWN), found.toString());
    }
}
