package org.missionkg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.missionkg.model.EntityKind;
import org.missionkg.model.EntityRef;
import org.missionkg.model.EventType;
import org.missionkg.model.Evidence;
import org.missionkg.model.FuzzyDate;
import org.missionkg.model.MissionEvent;
import org.missionkg.model.Provenance;

/** An end dated after publication is a planned end; no CoreNLP needed. */
class EndsToComeTest {
    private static final EntityRef MISSION = new EntityRef(EntityKind.MISSION, "eufor-rca", "EUFOR RCA");
    private static final LocalDate PUBLISHED = LocalDate.of(2015, 3, 14);

    private static EventType typeAfter(String date) {
        MissionEvent end = new MissionEvent(MISSION, EventType.END, date == null ? null : FuzzyDate.parse(date), null, null,
                null, new Provenance("a", new Evidence(0, 1, "x", "", "", "s"), 0.8, "test", null));
        return ((MissionEvent) RuleBasedExtractor.endsToCome(List.of(end), PUBLISHED).get(0)).type();
    }

    @Test
    void anEndAfterThePublicationDayIsPlannedAndOneOnOrBeforeItHappened() {
        assertEquals(EventType.PLANNED_END, typeAfter("2015-03-15"), "comes to an end tomorrow");
        assertEquals(EventType.END, typeAfter("2015-03-14"), "ended today");
        assertEquals(EventType.END, typeAfter("2015"), "a year that holds the publication day may be over");
        assertEquals(EventType.END, typeAfter(null), "an undated end stays as told");
    }
}
