package org.missionkg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.missionkg.model.EventType;
import org.missionkg.model.FuzzyDate;
import org.missionkg.model.MissionEvent;

/** When an event happened or is due, read through the whole extractor (CoreNLP included). */
class EventDatesIT {
    private static List<MissionEvent> events(String published, String body) {
        return NlpHolder.factsOf(MissionEvent.class, "Trainers", published, body);
    }

    private static MissionEvent of(List<MissionEvent> found, EventType type) {
        return found.stream().filter(e -> e.type() == type).findFirst()
                .orElseThrow(() -> new AssertionError(type + " not in " + found));
    }

    @Test
    void laterThatYearIsTheYearTheStoryLastNamed() {
        List<MissionEvent> found = events("2023-03-10", """
                Operation Astute trains the army. Its training was paused in January 2020 after an attack on the base \
                and resumed later that year.
                """);
        assertEquals(FuzzyDate.parse("2020-01"), of(found, EventType.SUSPENSION).date(), found.toString());
        assertEquals(FuzzyDate.parse("2020"), of(found, EventType.RESUMPTION).date(), found.toString());
    }

    @Test
    void aMonthOfThatYearKeepsItsMonth() {
        List<MissionEvent> found = events("2023-03-10", """
                Operation Astute was set up in 2019. It was suspended in November of that year.
                """);
        assertEquals(FuzzyDate.parse("2019-11"), of(found, EventType.SUSPENSION).date(), found.toString());
    }

    @Test
    void aPlannedChangeIsDatedByWhenItIsDue() {
        List<MissionEvent> found = events("2015-06-12", """
                Operation Astute trains the army. The number of soldiers in the operation will fall to about 900 by \
                September, the ministry said.
                """);
        MissionEvent cut = of(found, EventType.DRAWDOWN);
        assertEquals(FuzzyDate.parse("2015-09"), cut.date(), found.toString());
        assertEquals("planned", cut.note(), found.toString());
    }

    @Test
    void aLengthTheTaggerRanIntoADateLeavesTheDate() {
        // The tagger reads "eight days in July" as one expression (July intersected with eight days), which named
        // no date before; the date is July.
        List<MissionEvent> found = events("2024-09-20", """
                EUNAVFOR Aspides protects shipping in the Red Sea. Close escorts through the strait were halted for \
                eight days in July.
                """);
        assertEquals(FuzzyDate.parse("2024-07"), of(found, EventType.SUSPENSION).date(), found.toString());
    }

    @Test
    void aResumptionIsDatedByTheDateAfterResumedNotTheSuspensions() {
        List<MissionEvent> found = events("2023-12-22", """
                Operation Chammal goes on. Training of Iraqi troops was suspended in March 2020 when the coronavirus \
                reached Iraq and resumed in the spring of 2021 with smaller teams.
                """);
        assertEquals(FuzzyDate.parse("2020-03"), of(found, EventType.SUSPENSION).date(), found.toString());
        assertEquals(FuzzyDate.parse("2021-21"), of(found, EventType.RESUMPTION).date(), found.toString());
    }

    @Test
    void theYearAResolutionIsNumberedInIsNoDate() {
        List<MissionEvent> found = events("2024-11-15", """
                The Security Council on Thursday unanimously adopted resolution 2759 (2024), extending the mandate of \
                MINUSCA until 15 November 2025.
                """);
        MissionEvent e = of(found, EventType.EXTENSION);
        assertEquals(FuzzyDate.parse("2024-11-14"), e.date(), found.toString());
        assertEquals(FuzzyDate.parse("2025-11-15"), e.until(), found.toString());
    }

    @Test
    void beginningToWithdrawIsADrawdownNotAStart() {
        // the grammar's "began" and the surface "will begin" both read a start here before
        List<MissionEvent> found = events("2023-12-20", """
                The United Nations Stabilization Mission in the Democratic Republic of Congo (MONUSCO) will begin \
                withdrawing its peacekeepers at the end of this year.

                The mission began handing over its bases to the army in February.
                """);
        assertEquals(List.of(), found.stream().filter(e -> e.type() == EventType.START).toList(), found.toString());
        of(found, EventType.DRAWDOWN);
    }

    @Test
    void aPlanToldInThePastTakesTheYearNearerTheStorysDay() {
        // published on July 1: "was due to expire on June 30" was due the day before, not a year on
        List<MissionEvent> found = events("2017-07-01", """
                The Regional Assistance Mission to Solomon Islands (RAMSI) formally ended on Friday.

                RAMSI's mandate was due to expire on June 30.
                """);
        assertEquals(FuzzyDate.parse("2017-06-30"), of(found, EventType.PLANNED_END).date(), found.toString());
    }

    @Test
    void aPartOfTheMissionWoundUpIsNoEndOfIt() {
        List<MissionEvent> found = events("2017-07-01", """
                The Regional Assistance Mission to Solomon Islands (RAMSI) went on with police alone after 2013, \
                when RAMSI's military component was wound up.
                """);
        assertEquals(List.of(), found.stream().filter(e -> e.type() == EventType.END).toList(), found.toString());
    }

    @Test
    void anEndAfterAnAsideWithItsOwnDateIsDatedByItsOwnClause() {
        List<MissionEvent> found = events("2023-02-01", """
                Operation Tidewater, the navy-led task that began last April, formally ended at midnight on January 31.
                """);
        assertEquals(FuzzyDate.parse("2023-01-31"), of(found, EventType.END).date(), found.toString());
    }
}
