package org.missionkg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Period;
import org.junit.jupiter.api.Test;
import org.missionkg.model.FuzzyDate;

class DurationsTest {
    private static String plus(String start, int months) {
        FuzzyDate d = Durations.plusMonths(FuzzyDate.parse(start), months);
        return d == null ? null : d.edtf();
    }

    @Test
    void aDurationEndsAtThePrecisionItsStartWasToldWith() {
        assertEquals("2024-10-02", plus("2023-10-02", 12), "authorised on 2 October for an initial 12 months");
        assertEquals("2023-04", plus("2022-04", 12), "extended in April for a further 12 months");
        assertEquals("2026", plus("2024", 24), "for two years from 2024");
    }

    @Test
    void noEndWhenTheStartIsTooVagueToCountFrom() {
        assertNull(plus("2024", 6), "six months from a year is no year");
        assertNull(plus("2024-21", 6), "a season");
        assertNull(plus("2024-03~", 6), "an approximate month");
    }

    private static String after(String start, Period length, boolean hedged) {
        return counted(Durations::after, start, length, hedged);
    }

    private static String before(String end, Period length, boolean hedged) {
        return counted(Durations::before, end, length, hedged);
    }

    /** A length counted on from or back from a date, as EDTF, or null. */
    private static String counted(java.util.function.BiFunction<FuzzyDate, Durations.Length, FuzzyDate> count,
                                  String date, Period length, boolean hedged) {
        FuzzyDate d = count.apply(FuzzyDate.parse(date), new Durations.Length(length, hedged));
        return d == null ? null : d.edtf();
    }

    @Test
    void weeksAndDaysCountFromADayAndFallInAMonthFromAMonth() {
        assertEquals("2001-09-21~", after("2001-08-22", Period.ofDays(30), true), "no more than 30 days from 22 August");
        assertEquals("2021-12-04", after("2021-05-22", Period.ofWeeks(28), false), "28 weeks from 22 May");
        assertEquals("2021-11~", after("2021-05", Period.ofWeeks(28), false), "28 weeks from mid-May: about November");
        assertEquals("2014-06~", after("2013-12", Period.ofMonths(6), true), "about six months from December");
        assertNull(after("2021", Period.ofWeeks(28), false), "weeks from a year");
    }

    @Test
    void aToursLengthBeforeItsEndGivesItsStart() {
        assertEquals("2017-08", before("2018-07-26", Period.ofMonths(11), false), "11 months up to 26 July 2018");
        assertEquals("2022-05~", before("2023-07", Period.ofMonths(14), true), "about 14 months up to July 2023");
        assertEquals("2018-06-28", before("2018-07-26", Period.ofWeeks(4), false), "four weeks up to 26 July");
        assertEquals("2019", before("2021", Period.ofMonths(24), false), "two years up to 2021");
        assertNull(before("2021", Period.ofMonths(18), false), "18 months before a year");
        assertNull(before("2021-07", Period.ofDays(10), false), "days before a month");
        assertNull(before("2021-07~", Period.ofMonths(2), false), "before an approximate end");
    }
}
