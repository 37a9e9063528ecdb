package org.missionkg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.missionkg.model.CommandTenure;
import org.missionkg.model.EntityKind;
import org.missionkg.model.EntityRef;
import org.missionkg.model.EventType;
import org.missionkg.model.Evidence;
import org.missionkg.model.Fact;
import org.missionkg.model.FuzzyDate;
import org.missionkg.model.MissionEvent;
import org.missionkg.model.Provenance;

/** A tenure held "since it began" starts where the article says the mission began (hand-built facts, no CoreNLP). */
class FirstCommandersTest {
    private static final List<String> SENTENCES = List.of(
            "Operation Harbour Light was launched on March 2.",
            "Its commander, General Ana Ruiz, has led it since it began.",
            "Colonel Tom Berg succeeds Colonel Ed Hale, who had led the operation since its start.",
            "Colonel Ed Hale has commanded it since the start of the year.");
    private static final String TEXT = String.join(" ", SENTENCES);
    private static final EntityRef LIGHT = new EntityRef(EntityKind.MISSION, "operation-harbour-light", "Operation Harbour Light");

    private static Provenance said(String exact) {
        int at = TEXT.indexOf(exact);
        String sentence = SENTENCES.stream().filter(x -> x.contains(exact)).findFirst().orElseThrow();
        return new Provenance("a1", Evidence.of(TEXT, at, at + exact.length(), sentence), 0.85, "test", null);
    }

    private static CommandTenure tenure(String name, String exact) {
        EntityRef who = new EntityRef(EntityKind.PERSON, name.toLowerCase().replace(' ', '-'), name);
        return new CommandTenure(who, LIGHT, "General", null, null, said(exact));
    }

    private static MissionEvent launch(String date) {
        return new MissionEvent(LIGHT, EventType.LAUNCH, FuzzyDate.parse(date), null, null, null, said("was launched"));
    }

    @Test
    void aCommanderSinceItBeganStartsWhenTheMissionWasLaunched() {
        List<Fact> out = FirstCommanders.started(List.of(launch("2009-03-02"), tenure("Ana Ruiz", "General Ana Ruiz")));
        assertEquals(FuzzyDate.parse("2009-03-02"), ((CommandTenure) out.get(1)).start());
    }

    @Test
    void theWordsBelongToTheCommanderTheyFollow() {
        List<Fact> out = FirstCommanders.started(List.of(launch("2009-03-02"),
                tenure("Tom Berg", "Colonel Tom Berg"), tenure("Ed Hale", "Colonel Ed Hale, who")));
        assertNull(((CommandTenure) out.get(1)).start());
        assertEquals(FuzzyDate.parse("2009-03-02"), ((CommandTenure) out.get(2)).start());
    }

    @Test
    void theStartOfTheYearIsNotTheMissionsStartAndNoLaunchToldLeavesItOpen() {
        assertNull(((CommandTenure) FirstCommanders.started(List.of(launch("2009-03-02"),
                tenure("Ed Hale", "Ed Hale has commanded"))).get(1)).start());
        assertNull(((CommandTenure) FirstCommanders.started(List.of(tenure("Ana Ruiz", "General Ana Ruiz"))).get(0)).start());
    }
}
