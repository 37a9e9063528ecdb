package org.missionkg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.missionkg.model.EntityKind;
import org.missionkg.model.EntityRef;
import org.missionkg.model.EventType;
import org.missionkg.model.Evidence;
import org.missionkg.model.Fact;
import org.missionkg.model.FuzzyDate;
import org.missionkg.model.MissionEvent;
import org.missionkg.model.Provenance;

/** Planned ends told as a length, dated from the start another sentence states (hand-built facts, no CoreNLP). */
class PlannedDurationsTest {
    private static final String TEXT = "The EU launched Operation Concordia on 31 March 2003. The operation is planned to last six months.";
    private static final EntityRef CONCORDIA = new EntityRef(EntityKind.MISSION, "operation-concordia", "EUFOR Concordia");
    private static final EntityRef PROXIMA = new EntityRef(EntityKind.MISSION, "eupol-proxima", "EUPOL Proxima");

    private static Provenance said(String exact) {
        int at = TEXT.indexOf(exact);
        return new Provenance("a1", Evidence.of(TEXT, at, at + exact.length(), TEXT), 0.85, "test", null);
    }

    private static MissionEvent event(EntityRef mission, EventType type, String date, String exact) {
        return new MissionEvent(mission, type, date == null ? null : FuzzyDate.parse(date), null, null, null, said(exact));
    }

    @Test
    void aLengthIsCountedFromTheStartTheArticleStatesForThatMission() {
        PlannedDurations d = new PlannedDurations();
        MissionEvent end = event(CONCORDIA, EventType.PLANNED_END, null, "planned to last six months");
        d.note(end, new Durations.Length(java.time.Period.ofMonths(6), false));
        MissionEvent launch = event(CONCORDIA, EventType.LAUNCH, "2003-03-31", "launched Operation Concordia");
        List<Fact> out = d.dated(List.of(end, launch));
        assertEquals(FuzzyDate.parse("2003-09-30"), ((MissionEvent) out.get(0)).date());
        assertSame(launch, out.get(1));
    }

    @Test
    void withoutAStartOfThatMissionTheEndStaysUndated() {
        PlannedDurations d = new PlannedDurations();
        MissionEvent end = event(CONCORDIA, EventType.PLANNED_END, null, "planned to last six months");
        d.note(end, new Durations.Length(java.time.Period.ofMonths(6), false));
        MissionEvent otherLaunch = event(PROXIMA, EventType.LAUNCH, "2003-12-15", "launched Operation Concordia");
        List<Fact> out = d.dated(List.of(otherLaunch, end));
        assertNull(((MissionEvent) out.get(1)).date());
    }

    @Test
    void aStartKnownOnlyToTheMonthGivesAMonth() {
        PlannedDurations d = new PlannedDurations();
        MissionEvent end = event(CONCORDIA, EventType.PLANNED_END, null, "planned to last six months");
        d.note(end, new Durations.Length(java.time.Period.ofMonths(12), false));
        MissionEvent start = event(CONCORDIA, EventType.START, "2003-03", "launched Operation Concordia");
        assertEquals(FuzzyDate.parse("2004-03"), ((MissionEvent) d.dated(List.of(start, end)).get(1)).date());
    }
}
