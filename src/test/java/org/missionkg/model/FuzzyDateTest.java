package org.missionkg.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Bounds of single dates and intervals, asked again and again (they are remembered by EDTF string). */
class FuzzyDateTest {
    @Test
    void boundsOfSingleDatesAndIntervals() {
        for (int i = 0; i < 3; i++) {
            assertEquals(LocalDate.of(2019, 9, 1), FuzzyDate.parse("2019-23").earliest());
            assertEquals(LocalDate.of(2019, 11, 30), FuzzyDate.parse("2019-23").latest());
            assertEquals(LocalDate.of(2020, 2, 23), FuzzyDate.parse("2020-03-01~").earliest());
            assertEquals(LocalDate.of(2020, 3, 8), FuzzyDate.parse("2020-03-01~").latest());
            assertEquals(LocalDate.of(2018, 7, 1), FuzzyDate.parse("2018-07/2019").earliest());
            assertEquals(LocalDate.of(2019, 12, 31), FuzzyDate.parse("2018-07/2019").latest());
            assertNull(FuzzyDate.parse("../2019-05").earliest());
            assertEquals(LocalDate.of(2019, 5, 31), FuzzyDate.parse("../2019-05").latest());
            assertEquals(LocalDate.of(2019, 5, 1), FuzzyDate.parse("2019-05/..").earliest());
            assertNull(FuzzyDate.parse("2019-05/..").latest());
        }
    }

    @Test
    void orderAndOverlap() {
        FuzzyDate july = FuzzyDate.parse("2018-07");
        FuzzyDate fall = FuzzyDate.parse("2018-23");
        assertFalse(july.overlaps(fall));
        assertTrue(july.certainlyBefore(fall));
        assertTrue(FuzzyDate.parse("2018").overlaps(fall));
        assertTrue(july.compareTo(fall) < 0);
        assertTrue(FuzzyDate.parse("../2018-07").overlaps(july));
    }
}
