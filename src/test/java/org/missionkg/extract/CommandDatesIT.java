package org.missionkg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.missionkg.model.Article;
import org.missionkg.model.ArticleMeta;
import org.missionkg.model.CommandTenure;
import org.missionkg.model.FuzzyDate;

/** When a command began and ended, read through the whole extractor (CoreNLP included). */
class CommandDatesIT {
    private static List<CommandTenure> tenures(String published, String body) {
        Article a = new Article("tenures", "New commander", body,
                new ArticleMeta(null, null, null, FuzzyDate.parse(published), null, "en", Map.of()), "0");
        return NlpHolder.extractor().extract(a).stream()
                .filter(f -> f instanceof CommandTenure).map(f -> (CommandTenure) f).toList();
    }

    private static CommandTenure of(List<CommandTenure> found, String surname) {
        return found.stream().filter(t -> t.commander().label().endsWith(surname)).findFirst()
                .orElseThrow(() -> new AssertionError(surname + " not in " + found));
    }

    @Test
    void aDateAfterTheCommaThatClosesARelativeClauseIsTheMainClauses() {
        // The parser hangs "on 1 October" on "has led"; the comma before it closes the relative clause.
        List<CommandTenure> found = tenures("2010-06-10", """
                Brigadier General Joaquim Mota Antunes of Portugal is to succeed General Jean-Paul Michel of France, \
                who has led EUSEC RD Congo since July 2008, on 1 October.
                """);
        CommandTenure next = of(found, "Antunes");
        CommandTenure last = of(found, "Michel");
        assertEquals(FuzzyDate.parse("2010-10-01"), next.start(), found.toString());
        assertEquals(FuzzyDate.parse("2008-07"), last.start(), found.toString());
        assertEquals(FuzzyDate.parse("2010-10-01"), last.end(), found.toString());
    }

    @Test
    void aRelativeClausesOwnDateStaysItsOwn() {
        List<CommandTenure> found = tenures("2010-06-10", """
                Colonel Ann Smith, who took command of EUSEC RD Congo on 3 May, said on Tuesday that the mission would stay.
                """);
        assertEquals(FuzzyDate.parse("2010-05-03"), of(found, "Smith").start(), found.toString());
    }

    @Test
    void aCommandersArrivalToldOfTheNounBesideHisNameStartsHisTour() {
        List<CommandTenure> found = tenures("2016-05-26", """
                EUSEC RD Congo is headed by Colonel Marco Benedetti, an Alpini officer who arrived in Kinshasa in February.
                """);
        assertEquals(FuzzyDate.parse("2016-02"), of(found, "Benedetti").start(), found.toString());
    }

    @Test
    void aSuccessionWithEffectFromADayStartsAndEndsOnIt() {
        List<CommandTenure> found = tenures("2024-08-10", """
                Brigadier General Yakubu Danladi-Ogiri, until now commander of 22 Brigade in Dikwa, will take over \
                Operation Hadin Kai's sector one with effect from Aug. 19, replacing Major General Aminu Garba-Dikko.
                """);
        assertEquals(FuzzyDate.parse("2024-08-19"), of(found, "Danladi-Ogiri").start(), found.toString());
        assertEquals(FuzzyDate.parse("2024-08-19"), of(found, "Garba-Dikko").end(), found.toString());
        assertTrue(found.size() >= 2);
    }

    @Test
    void aPredecessorsTourLengthGivesHisStart() {
        List<CommandTenure> found = tenures("2018-07-27", """
                Major General Ann Smith took command of Operation Safe Haven on 26 July 2018. She took over from \
                Major General Bo Jensen, who had commanded the task force for 11 months, at a ceremony in Jos.
                """);
        CommandTenure last = of(found, "Jensen");
        assertEquals(FuzzyDate.parse("2017-08"), last.start(), found.toString());
    }

    @Test
    void aPredecessorWhoHeldThePostSinceADateStartedThen() {
        List<CommandTenure> found = tenures("2024-08-10", """
                Brigadier General Ann Smith took over Operation Hadin Kai on Aug. 9, replacing Major General \
                Bo Jensen, who has held the post since January 2022 and is to retire.
                """);
        assertEquals(FuzzyDate.parse("2022-01"), of(found, "Jensen").start(), found.toString());
    }

    @Test
    void aFormerCommanderWhoLeftEndedHisTenureThen() {
        List<CommandTenure> found = tenures("2012-07-13", """
                The force's former commander, General Ann Smith, who left in March, had led Operation Arcanjo since September.
                """);
        CommandTenure smith = of(found, "Smith");
        assertEquals(FuzzyDate.parse("2011-09"), smith.start(), found.toString());
        assertEquals(FuzzyDate.parse("2012-03"), smith.end(), found.toString());
    }

    @Test
    void aYearAndAHalfIsEighteenMonths() {
        List<CommandTenure> found = tenures("2019-05-16", """
                Rear Admiral Ann Smith took over Operation Delta Safe at the end of 2017 from Rear Admiral Bo Jensen, \
                the first commander of the operation, who led it for a year and a half.
                """);
        assertEquals(FuzzyDate.parse("2016-06"), of(found, "Jensen").start(), found.toString());
    }

    @Test
    void aCommandHeldBySomeoneWhoArrivedInAMonthStartedThenButAnArrivalToComeStartsNothing() {
        List<CommandTenure> found = tenures("2021-02-18", """
                EUSEC RD Congo is commanded by Colonel Ann Smith of the Carabinieri, who arrived in Kinshasa in January.
                """);
        assertEquals(FuzzyDate.parse("2021-01"), of(found, "Smith").start(), found.toString());
        found = tenures("2021-02-18", """
                EUSEC RD Congo will be commanded by Colonel Ann Smith, who arrives from Rome at the weekend.
                """);
        assertEquals(null, of(found, "Smith").start(), found.toString());
    }

    @Test
    void becomingTheCommanderStartsTheTenure() {
        List<CommandTenure> found = tenures("2023-03-28", """
                Major General Ann Smith became force commander of EUSEC RD Congo in January.
                """);
        assertEquals(FuzzyDate.parse("2023-01"), of(found, "Smith").start(), found.toString());
    }

    @Test
    void theForceCommanderInAContingentsStoryCommandsTheMultinationalMission() {
        List<CommandTenure> found = tenures("2019-05-14", """
                Colonel Ann Smith leads the Silver Heron Battalion, the infantry unit that Zambia keeps inside MINUSCA.

                The force commander, Lieutenant General Bo Jensen, visited the battalion's camp at Birao in March.
                """);
        assertEquals("minusca", of(found, "Jensen").mission().key(), found.toString());
    }

    @Test
    void aPostHeldByThePredecessorNamedBeforeItDatesThePredecessor() {
        // The parser hangs "in charge since May 2022" on "commander": it is Iannucci's, after his name and a comma.
        List<CommandTenure> found = tenures("2023-05-23", """
                Lieutenant General Lucio Ferrante is the new commander of NATO Mission Iraq, having replaced fellow \
                Italian Lt. Gen. Giovanni Iannucci, in charge since May 2022.
                """);
        assertTrue(found.stream().noneMatch(t -> t.commander().label().endsWith("Ferrante")
                && FuzzyDate.parse("2022-05").equals(t.start())), found.toString());
        assertEquals(FuzzyDate.parse("2022-05"), of(found, "Iannucci").start(), found.toString());
    }

    @Test
    void aPredecessorNamedInTheNextSentenceEndsWhereTheSuccessorStarts() {
        List<org.missionkg.model.Fact> facts = NlpHolder.extractor().extract(new Article("tenures", "New commander", """
                Operation Astute trains special forces. Its last commander, Lieutenant Colonel Marc Dubois, took over \
                in March. His predecessor, Lieutenant Colonel Sofie Wauters, who had led the mission since May 2021, \
                is now at the staff college.
                """, new ArticleMeta(null, null, null, FuzzyDate.parse("2023-06-12"), null, "en", Map.of()), "0"));
        List<CommandTenure> found = facts.stream().filter(f -> f instanceof CommandTenure).map(f -> (CommandTenure) f).toList();
        CommandTenure before = of(found, "Wauters");
        assertEquals(FuzzyDate.parse("2021-05"), before.start(), found.toString());
        assertEquals(FuzzyDate.parse("2023-03"), before.end(), found.toString());
        assertEquals(Predecessors.FROM_SUCCESSOR, before.provenance().dateSource(), found.toString());
        assertTrue(facts.stream().anyMatch(f -> f instanceof org.missionkg.model.MissionEvent e
                && e.type() == org.missionkg.model.EventType.HANDOVER && e.agent().label().endsWith("Dubois")
                && FuzzyDate.parse("2023-03").equals(e.date())), facts.toString());
    }

    @Test
    void aRelativeDayRestatedInBracketsIsTheBracketedDate() {
        List<CommandTenure> found = tenures("2022-05-18", """
                Today (17 May 2022), Lieutenant General Giovanni Iannucci of Italy assumed command of NATO Mission Iraq.
                """);
        assertEquals(FuzzyDate.parse("2022-05-17"), of(found, "Iannucci").start(), found.toString());
    }

    @Test
    void theStartTheSentenceStatesBeatsTheDayOfTheNewsOfAnAppointment() {
        List<CommandTenure> found = tenures("2022-05-20", """
                Major General Michael Lollesgaard has been appointed as the next commander of NATO Mission Iraq and \
                will take over in November.
                """);
        assertEquals(FuzzyDate.parse("2022-11"), of(found, "Lollesgaard").start(), found.toString());
    }

    @Test
    void fromItsStartInAYearIsThatYear() {
        List<CommandTenure> found = tenures("2009-06-12", """
                EUSEC RD Congo has a new head. The mission's first head, the French General Pierre Joana, led it from \
                its start in June 2005 until the summer of 2008.
                """);
        assertEquals(FuzzyDate.parse("2005-06"), of(found, "Joana").start(), found.toString());
    }

    @Test
    void aSinceAfterThePredecessorIsThePredecessorsNotTheSuccessors() {
        List<CommandTenure> found = tenures("2004-04-12", """
                The Leh corps of Operation Meghdoot has been commanded since January by Lieutenant General Ashok \
                Chaturvedi, who replaced Lieutenant General Prakash Iyer, in charge since 2002.
                """);
        assertEquals(FuzzyDate.parse("2002"), of(found, "Iyer").start(), found.toString());
        assertTrue(found.stream().noneMatch(t -> t.commander().label().endsWith("Chaturvedi")
                && FuzzyDate.parse("2002").equals(t.start())), found.toString());
    }

    @Test
    void aPredecessorNamedAfterAnUndatedNewCommanderCommandedTheMissionToo() {
        List<CommandTenure> found = tenures("2023-06-12", """
                Operation Astute trains special forces. Lieutenant Colonel Marc Dubois is the mission's new commander. \
                His predecessor, Lieutenant Colonel Sofie Wauters, is now at the staff college.
                """);
        CommandTenure before = of(found, "Wauters");
        assertEquals(of(found, "Dubois").mission(), before.mission(), found.toString());
        assertEquals(null, before.end(), "no day for the hand-over is told: " + found);
    }

    @Test
    void aPredecessorNamedByTheSuccessorsSurname() {
        List<CommandTenure> found = tenures("1995-06-12", """
                Operation Astute flies relief to the city. Colonel Marcus Ellery has commanded the operation since May. \
                Ellery's predecessor, Colonel Dale Ruskin, had led it from December 1993.
                """);
        assertEquals(FuzzyDate.parse("1995-05"), of(found, "Ruskin").end(), found.toString());
    }

    @Test
    void aPredecessorsOwnSinceStartsHisTenureWhereTheParseIsBroken() {
        // Abbreviated ranks leave the parser no relative clause to read; the surface rule reads Ko's own "since".
        List<CommandTenure> found = tenures("2023-08-24", """
                Capt. Mateo Carido of the Philippine Navy relieved Rear Adm. Ko Seung-bum of the Republic of Korea Navy, \
                who had commanded Combined Task Force 151 since January.
                """);
        assertEquals(FuzzyDate.parse("2023-01"), of(found, "Ko Seung-bum").start(), found.toString());
    }

    @Test
    void havingHeldThePostSinceADayStartsTheTenure() {
        List<CommandTenure> found = tenures("2024-08-10", """
                Rear Admiral Massimo Bonu took command of EUNAVFOR Aspides on Thursday. Commodore George Pastoor had \
                held the post since June 15.
                """);
        assertTrue(found.stream().anyMatch(t -> t.commander().label().endsWith("Pastoor")
                && FuzzyDate.parse("2024-06-15").equals(t.start())), found.toString());
    }

    @Test
    void aDateInTheNewCommandersOwnAsideIsNotTheDayHeTookOver() {
        // "who led ... four years ago" is the engineer's earlier post; the taking over is the lede's Friday.
        List<CommandTenure> found = tenures("2023-03-22", """
                JERUSALEM, March 17 - Canada's training mission, Operation Proteus, changed hands on Friday.

                Brigadier General Helene Marchand, an engineer who led Canada's training team in Jordan four years \
                ago, took over from Colonel Brian Stavros, who had run the team since August 2021.
                """);
        assertEquals(FuzzyDate.parse("2023-03-17"), of(found, "Marchand").start(), found.toString());
        assertEquals(FuzzyDate.parse("2021-08"), of(found, "Stavros").start(), found.toString());
        assertEquals(FuzzyDate.parse("2023-03-17"), of(found, "Stavros").end(), found.toString());
    }

    @Test
    void theDayThePredecessorsAssignmentEndsIsTheSuccessions() {
        // as a UN appointment release words it: the lede's day is when it was announced, not when command passes
        List<CommandTenure> found = tenures("2020-02-07", """
                The Secretary-General on Thursday appointed Major General Astrid Vik of Norway as Force Commander of \
                the United Nations Peacekeeping Force in Cyprus.

                Major General Vik succeeds Major General Carla Pearson of Australia, whose assignment ends on 28 February.
                """);
        assertEquals(FuzzyDate.parse("2020-02-28"), of(found, "Pearson").end(), found.toString());
        assertEquals(FuzzyDate.parse("2020-02-28"), found.stream().filter(t -> t.commander().label().endsWith("Vik")
                && t.start() != null).findFirst().orElseThrow().start(), found.toString());
    }

    @Test
    void aPredecessorIntroducedByNationalityFirstIsStillThePredecessor() {
        List<CommandTenure> found = tenures("2023-05-24", """
                The Lakes Verification Mission is now headed by Brigadier General Jane Doe, who took up the post in February.

                She succeeded a Zambian, Brigadier General John Roe, whose two-year term ended in January.
                """);
        assertEquals(FuzzyDate.parse("2023-01"), of(found, "Roe").end(), found.toString());
    }
}
