package org.missionkg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

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
}
