package org.missionkg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.missionkg.model.CommandTenure;
import org.missionkg.model.EntityKind;
import org.missionkg.model.EntityRef;
import org.missionkg.model.EventType;
import org.missionkg.model.Evidence;
import org.missionkg.model.Fact;
import org.missionkg.model.FuzzyDate;
import org.missionkg.model.Leadership;
import org.missionkg.model.MissionEvent;
import org.missionkg.model.Provenance;

/** How one article's facts become one fact a claim; no CoreNLP needed. */
class DuplicateClaimsTest {
    private static final EntityRef MISSION = new EntityRef(EntityKind.MISSION, "sapmil", "SAPMIL");

    private static Provenance said(String sentence, String dateSource) {
        Provenance p = new Provenance("a", new Evidence(0, 1, "x", "", "", sentence), 0.8, "test", null);
        return dateSource == null ? p : p.withDateSource(dateSource);
    }

    private static MissionEvent event(EventType type, String date, Provenance p) {
        return new MissionEvent(MISSION, type, FuzzyDate.parse(date), null, null, null, p);
    }

    @Test
    void aStandInDayGivesWayToTheDayTheArticleStatesForTheSameEventDaysBefore() {
        // "... brought its mission to a close, the bloc said on Thursday" (the lede's day stands in), then
        // "The mission was formally closed on Tuesday".
        MissionEvent standIn = event(EventType.END, "2018-11-22", said("lede", GrammarLayer.LEDE_DATE));
        MissionEvent stated = event(EventType.END, "2018-11-20", said("second", null));
        assertEquals(List.<Fact>of(stated), DuplicateClaims.dedupe(List.of(standIn, stated)));
    }

    @Test
    void aStandInDayStaysWhenTheStatedOneIsAnotherEventOrLongBefore() {
        // Hand-overs: a mission has many.
        MissionEvent handover = event(EventType.HANDOVER, "2018-11-22", said("lede", GrammarLayer.LEDE_DATE));
        MissionEvent earlier = event(EventType.HANDOVER, "2018-11-20", said("second", null));
        assertEquals(2, DuplicateClaims.dedupe(List.of(handover, earlier)).size());
        // A start stated years before is background, not the news of the day.
        MissionEvent start = event(EventType.START, "2018-11-22", said("lede", GrammarLayer.LEDE_DATE));
        MissionEvent background = event(EventType.START, "2017-12-04", said("second", null));
        assertEquals(2, DuplicateClaims.dedupe(List.of(start, background)).size());
    }

    @Test
    void anExtensionsDayAndItsNewEndToldInTwoSentencesAreOneExtension() {
        // "when the mandate was last renewed, in December" and "The Council extended the mission until Dec. 20, 2022".
        MissionEvent day = event(EventType.EXTENSION, "2021-12", said("first", null));
        MissionEvent end = new MissionEvent(MISSION, EventType.EXTENSION, null, FuzzyDate.parse("2022-12-20"), null, null,
                said("second", null));
        List<Fact> one = DuplicateClaims.dedupe(List.of(day, end));
        assertEquals(1, one.size(), one.toString());
        MissionEvent joined = (MissionEvent) one.get(0);
        assertEquals(FuzzyDate.parse("2021-12"), joined.date());
        assertEquals(FuzzyDate.parse("2022-12-20"), joined.until());
        // Two extensions with a day each: which one the end belongs to, nothing says; neither gets it (and the
        // undated one goes, as an undated event does where the article dates one of its kind).
        MissionEvent second = event(EventType.EXTENSION, "2022-12", said("third", null));
        List<Fact> kept = DuplicateClaims.dedupe(List.of(day, second, end));
        assertEquals(List.<Fact>of(day, second), kept);
    }

    @Test
    void aStandInDayOfALeadGivesWayToTheDayTheArticleStatesForTheSameTurn() {
        // "South Korea takes over CTF 151" (the headline, dated by the day of the news), then "Command ... passed from
        // Pakistan to the Republic of Korea ... on Thursday".
        EntityRef korea = new EntityRef(EntityKind.COUNTRY, "south-korea", "South Korea");
        Leadership headline = new Leadership(korea, MISSION, FuzzyDate.parse("2025-07-11"), null,
                said("headline", GrammarLayer.LEDE_DATE));
        Leadership stated = new Leadership(korea, MISSION, FuzzyDate.parse("2025-07-10"), null, said("first", null));
        assertEquals(List.<Fact>of(stated), DuplicateClaims.dedupe(List.of(headline, stated)));
        // another country's turn stays
        Leadership other = new Leadership(new EntityRef(EntityKind.COUNTRY, "japan", "Japan"), MISSION,
                FuzzyDate.parse("2025-07-11"), null, said("headline", GrammarLayer.LEDE_DATE));
        assertEquals(2, DuplicateClaims.dedupe(List.of(other, stated)).size());
    }

    @Test
    void anEndCountedFromALengthGivesWayToTheEndTheTextStates() {
        // "extended the mandate ... for two more years, until March 31, 2027": the grammar counted two years from the
        // day, a surface rule read the stated end, in the same sentence.
        MissionEvent counted = new MissionEvent(MISSION, EventType.EXTENSION, FuzzyDate.parse("2025-03-11"),
                FuzzyDate.parse("2027-03-11"), null, null, said("first", Durations.FROM_LENGTH));
        MissionEvent stated = new MissionEvent(MISSION, EventType.EXTENSION, FuzzyDate.parse("2025-03-11"),
                FuzzyDate.parse("2027-03-31"), null, null, said("first", null));
        for (List<Fact> order : List.of(List.<Fact>of(counted, stated), List.<Fact>of(stated, counted))) {
            List<Fact> one = DuplicateClaims.dedupe(order);
            assertEquals(1, one.size(), one.toString());
            assertEquals(FuzzyDate.parse("2027-03-31"), ((MissionEvent) one.get(0)).until());
        }
        // "extended ... for another year" and, a sentence on, "The decision keeps the operation running until July 27,
        // 2017": one extension, whose end is the stated one.
        MissionEvent year = new MissionEvent(MISSION, EventType.EXTENSION, FuzzyDate.parse("2016-06-20"),
                FuzzyDate.parse("2017-06-20"), null, null, said("first", Durations.FROM_LENGTH));
        MissionEvent end = new MissionEvent(MISSION, EventType.EXTENSION, null, FuzzyDate.parse("2017-07-27"), null, null,
                said("second", null));
        List<Fact> joined = DuplicateClaims.dedupe(List.of(year, end));
        assertEquals(1, joined.size(), joined.toString());
        assertEquals(FuzzyDate.parse("2016-06-20"), ((MissionEvent) joined.get(0)).date());
        assertEquals(FuzzyDate.parse("2017-07-27"), ((MissionEvent) joined.get(0)).until());
    }

    @Test
    void aStandInDayOfALeadTakesTheDayOfTheChangeOfCommandTheArticleStates() {
        // "Singapore takes charge of anti-piracy task force" (the headline) and "Rear-Admiral X took command of the task
        // force ... yesterday".
        EntityRef singapore = new EntityRef(EntityKind.COUNTRY, "singapore", "Singapore");
        Leadership headline = new Leadership(singapore, MISSION, FuzzyDate.parse("2010-01-22"), null,
                said("headline", GrammarLayer.LEDE_DATE));
        CommandTenure took = new CommandTenure(new EntityRef(EntityKind.PERSON, "miranda", "Bernard Miranda"), MISSION, null,
                FuzzyDate.parse("2010-01-21"), null, said("first", null));
        List<Fact> out = DuplicateClaims.dedupe(List.of(headline, took));
        Leadership dated = (Leadership) out.get(0);
        assertEquals(FuzzyDate.parse("2010-01-21"), dated.start());
        assertEquals(DuplicateClaims.CHANGE_OF_COMMAND, dated.provenance().dateSource());
        // a change long before is another one
        CommandTenure earlier = new CommandTenure(took.commander(), MISSION, null, FuzzyDate.parse("2009-09"), null,
                said("first", null));
        assertEquals(headline, DuplicateClaims.dedupe(List.of(headline, earlier)).get(0));
    }
}
