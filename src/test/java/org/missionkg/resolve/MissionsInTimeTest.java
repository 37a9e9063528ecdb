package org.missionkg.resolve;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.missionkg.reference.Gazetteer;
import org.missionkg.reference.GazetteerMatch;

class MissionsInTimeTest {
    private static final Gazetteer G = Gazetteer.bundled();
    private static final MissionsInTime ERAS = MissionsInTime.over(G);

    private static List<String> missions(String text, LocalDate published) {
        return ERAS.settle(G.scan(text), published).stream()
                .filter(g -> g.category() == GazetteerMatch.Category.MISSION).map(g -> g.entity().key()).toList();
    }

    @Test
    void aDescriptionOfTheCurrentPhaseMeansThePhaseActiveWhenTheStoryWasWritten() {
        assertEquals(List.of("monusco"), missions("the UN mission in Congo said", LocalDate.of(2019, 3, 1)));
        assertEquals(List.of("monuc"), missions("the UN mission in Congo said", LocalDate.of(2003, 9, 1)));
        // two phases back: AUSSOM's predecessor ATMIS began in 2022, so 2015 is AMISOM's
        assertEquals(List.of("amisom"), missions("Operation Irini aside, AUSSOM troops", LocalDate.of(2015, 5, 1)).subList(1, 2));
    }

    @Test
    void aMissionsOwnNamePrintedTheYearBeforeItBeganAnnouncesIt() {
        // UNIOSIL (from 2006) followed UNAMSIL: the last day of 2005 names the office that takes over tomorrow
        assertEquals(List.of("uniosil"), missions("The UN Integrated Office in Sierra Leone takes over tomorrow",
                LocalDate.of(2005, 12, 31)));
        assertEquals(List.of("uniosil"), missions("UNIOSIL takes over tomorrow", LocalDate.of(2005, 12, 31)));
        // a description in that year still means the mission then at work
        assertEquals(List.of("unamsil"), missions("the UN peacekeeping mission in Sierra Leone ends",
                LocalDate.of(2005, 12, 31)));
    }

    @Test
    void aSharedNameMeansTheOperationOfThatYear() {
        assertEquals(List.of("eu-operation-artemis"), missions("Operation Artemis ended", LocalDate.of(2003, 9, 1)));
        assertEquals(List.of("operation-artemis"), missions("Operation Artemis sailed", LocalDate.of(2019, 9, 1)));
    }

    @Test
    void theUnMissionInTheCentralAfricanRepublicIsMinurcaIn1998AndMinuscaFrom2014() {
        assertEquals(List.of("minurca"), missions("the United Nations Mission in the Central African Republic began",
                LocalDate.of(1998, 4, 16)));
        assertEquals(List.of("minusca"), missions("the UN mission in the Central African Republic said",
                LocalDate.of(2020, 6, 1)));
    }

    @Test
    void theUnMissionInHaitiIsUnmihIn1995AndMinustahFrom2004() {
        assertEquals(List.of("unmih"), missions("the United Nations Mission in Haiti took over",
                LocalDate.of(1995, 4, 1)));
        assertEquals(List.of("minustah"), missions("the UN Mission in Haiti said", LocalDate.of(2010, 1, 20)));
    }

    @Test
    void noDateOrNoYearsLeavesTheGazetteersReading() {
        assertEquals(List.of("monusco"), missions("the UN mission in Congo said", null));
        assertEquals(List.of("kfor"), missions("KFOR said", LocalDate.of(1990, 1, 1)));
    }

    @Test
    void aPhaseOfAnotherOperatorIsNeverTakenBack() {
        // EUFOR Althea took over from NATO's SFOR; a 2003 story's "EUFOR Althea" stays the EU's
        assertEquals(List.of("eufor-althea"), missions("EUFOR Althea", LocalDate.of(2003, 1, 1)));
    }
}
