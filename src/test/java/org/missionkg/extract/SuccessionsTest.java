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

/** A succession's day taken from another sentence of the article, on hand-built facts (no CoreNLP). */
class SuccessionsTest {
    private static final String TEXT = "Since March it has been led by Rear Admiral Ann Smith. "
            + "She replaced Rear Admiral Bo Jensen, who had commanded it since November 2018.";
    private static final String REPLACED = "She replaced Rear Admiral Bo Jensen";
    private static final EntityRef MISSION = new EntityRef(EntityKind.MISSION, "operation-kobold", "Operation Kobold");
    private static final EntityRef SMITH = person("Ann Smith");
    private static final EntityRef JENSEN = person("Bo Jensen");

    private static EntityRef person(String name) {
        return new EntityRef(EntityKind.PERSON, name.toLowerCase().replace(' ', '-'), name);
    }

    private static Provenance said(String exact, String dateSource) {
        int at = TEXT.indexOf(exact);
        return new Provenance("a1", Evidence.of(TEXT, at, at + exact.length(), TEXT), 0.9, "test", null)
                .withDateSource(dateSource);
    }

    private static FuzzyDate date(String edtf) {
        return edtf == null ? null : FuzzyDate.parse(edtf);
    }

    private static CommandTenure tenure(EntityRef who, String start, String end, String exact, String dateSource) {
        return new CommandTenure(who, MISSION, "Rear-Admiral", date(start), date(end), said(exact, dateSource));
    }

    private static MissionEvent handover(String day, String dateSource) {
        return new MissionEvent(MISSION, EventType.HANDOVER, date(day), null, SMITH, "from Bo Jensen",
                said(REPLACED, dateSource));
    }

    @Test
    void theSuccessorsStatedStartEndsThePredecessorAndDatesTheHandOver() {
        List<Fact> facts = Successions.dated(List.of(
                tenure(SMITH, "2021-03", null, "it has been led by Rear Admiral Ann Smith", null),
                tenure(SMITH, null, null, REPLACED, null),
                tenure(JENSEN, null, null, REPLACED, null),
                handover(null, null)));
        CommandTenure jensen = (CommandTenure) facts.get(2);
        assertEquals(date("2021-03"), jensen.end());
        assertEquals(Successions.FROM_SUCCESSOR, jensen.provenance().dateSource());
        assertEquals(date("2021-03"), ((CommandTenure) facts.get(1)).start());
        assertEquals(date("2021-03"), ((MissionEvent) facts.get(3)).date());
    }

    @Test
    void aStandInTheSentenceTookStays() {
        List<Fact> facts = Successions.dated(List.of(
                tenure(SMITH, "2021-03", null, "it has been led by Rear Admiral Ann Smith", null),
                tenure(SMITH, "2021-07-16", null, REPLACED, "the publication date"),
                tenure(JENSEN, null, "2021-07-16", REPLACED, "the publication date"),
                handover("2021-07-16", "the publication date")));
        assertEquals(date("2021-07-16"), ((CommandTenure) facts.get(2)).end());
    }

    @Test
    void thePredecessorsStatedEndStartsTheSuccessor() {
        List<Fact> facts = Successions.dated(List.of(
                tenure(JENSEN, "2018-11", "2021-02", "who had commanded it since November 2018", null),
                tenure(SMITH, null, null, REPLACED, null),
                tenure(JENSEN, null, null, REPLACED, null),
                handover(null, null)));
        assertEquals(date("2021-02"), ((CommandTenure) facts.get(1)).start());
        assertEquals(Successions.FROM_PREDECESSOR, facts.get(1).provenance().dateSource());
        assertEquals(date("2021-02"), ((MissionEvent) facts.get(3)).date());
    }

    @Test
    void aDayTheSentenceStatesOrTwoDaysThatDisagreeAreLeftAlone() {
        List<Fact> stated = Successions.dated(List.of(
                tenure(SMITH, "2021-03", null, "it has been led by Rear Admiral Ann Smith", null),
                tenure(JENSEN, null, "2021-01", REPLACED, null),
                tenure(SMITH, "2021-01", null, REPLACED, null),
                handover("2021-01", null)));
        assertEquals(date("2021-01"), ((CommandTenure) stated.get(1)).end(), "the sentence's own day stays");
        List<Fact> disagree = Successions.dated(List.of(
                tenure(SMITH, "2021-03", null, "it has been led by Rear Admiral Ann Smith", null),
                tenure(SMITH, "2021-04", null, "Since March it has been led", null),
                tenure(SMITH, null, null, REPLACED, null),
                tenure(JENSEN, null, null, REPLACED, null),
                handover(null, null)));
        assertNull(((CommandTenure) disagree.get(3)).end(), "two starts told: which one is the hand-over's is unclear");
    }
}
