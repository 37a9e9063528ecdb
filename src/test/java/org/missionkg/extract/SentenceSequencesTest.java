package org.missionkg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.missionkg.model.EntityKind;
import org.missionkg.model.EntityRef;
import org.missionkg.model.EventType;
import org.missionkg.model.Evidence;
import org.missionkg.model.Fact;
import org.missionkg.model.FuzzyDate;
import org.missionkg.model.Leadership;
import org.missionkg.model.MissionEvent;
import org.missionkg.model.Provenance;

/** Starts filled from the other facts of one sentence, on hand-built facts (no CoreNLP). */
class SentenceSequencesTest {
    private static final String SENTENCE = "It has had three lead nations: Canada until November 2020, "
            + "Denmark until May 2022, and Italy since then.";
    private static final EntityRef MISSION = new EntityRef(EntityKind.MISSION, "nmi", "NATO Mission Iraq");

    private static EntityRef country(String name) {
        return new EntityRef(EntityKind.COUNTRY, name.toLowerCase(), name);
    }

    private static Provenance said(String text, String exact) {
        int at = text.indexOf(exact);
        return new Provenance("a1", Evidence.of(text, at, at + exact.length(), text), 0.9, "test", null);
    }

    private static Leadership lead(String text, String name, String start, String end, String exact) {
        return new Leadership(country(name), MISSION, start == null ? null : FuzzyDate.parse(start),
                end == null ? null : FuzzyDate.parse(end), said(text, exact));
    }

    @Test
    void eachHolderInAListStartsWhereTheOneBeforeItEnded() {
        List<Fact> filled = SentenceSequences.fillStarts(List.of(
                lead(SENTENCE, "Canada", null, "2020-11", "Canada until November 2020"),
                lead(SENTENCE, "Denmark", null, "2022-05", "Denmark until May 2022"),
                lead(SENTENCE, "Italy", null, null, "Italy since then")));
        assertNull(((Leadership) filled.get(0)).start(), "nothing is listed before the first");
        assertEquals(FuzzyDate.parse("2020-11"), ((Leadership) filled.get(1)).start());
        assertEquals(FuzzyDate.parse("2022-05"), ((Leadership) filled.get(2)).start());
        assertEquals(SentenceSequences.FROM_PREDECESSOR, filled.get(2).provenance().dateSource());
    }

    @Test
    void aStatedStartAndALaterEndingPredecessorAreLeftAlone() {
        String text = "Denmark led it until May 2022, after Canada, which led it until November 2020.";
        List<Fact> filled = SentenceSequences.fillStarts(List.of(
                lead(text, "Denmark", "2020-12", "2022-05", "Denmark led it until May 2022"),
                lead(text, "Canada", null, "2020-11", "Canada, which led it until November 2020")));
        assertEquals(FuzzyDate.parse("2020-12"), ((Leadership) filled.get(0)).start());
        assertNull(((Leadership) filled.get(1)).start(), "a holder who ended later is no predecessor");
    }

    @Test
    void aTenureFromTheMissionsLaunchStartsOnTheLaunchDate() {
        String text = "Canada, which commanded the mission from its launch in 2018 until November 2020, stayed.";
        MissionEvent launch = new MissionEvent(MISSION, EventType.LAUNCH, FuzzyDate.parse("2018"), null, null, null,
                said(text, "from its launch in 2018"));
        List<Fact> filled = SentenceSequences.fillStarts(List.of(
                lead(text, "Canada", null, "2020-11", "Canada, which commanded the mission"), launch));
        assertEquals(FuzzyDate.parse("2018"), ((Leadership) filled.get(0)).start());
        assertEquals(SentenceSequences.FROM_LAUNCH, filled.get(0).provenance().dateSource());
    }
}
