package org.missionkg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.missionkg.model.FuzzyDate;

class DateSlotsTest {
    private static FuzzyDate start(String text, String startWords, String resolved, LocalDate published) {
        int end = text.indexOf(startWords) + startWords.length();
        return DateSlots.beforeItsRangeEnd(text, end, new FuzzyDate(resolved), published);
    }

    @Test
    void aRangeWithoutYearsStartsInItsEndsYear() {
        // Published 15 January 2018: "14 January" alone is 2018's, "July" 2017's; the range is 2017's.
        String said = "who commanded the group from 14 January to July, and then";
        assertEquals("2017-01-14", start(said, "14 January", "2018-01-14", LocalDate.of(2018, 1, 15)).edtf());
        assertEquals("2017-11", start("led it from November to February", "November", "2017-11",
                LocalDate.of(2018, 3, 1)).edtf(), "a range across the new year keeps its start");
    }

    @Test
    void aRangeThatAlreadyFitsOrNamesItsYearIsLeftAlone() {
        assertEquals("2020-03", start("served from March to June", "March", "2020-03", LocalDate.of(2020, 8, 1)).edtf());
        assertEquals("2018-01-14", start("from 14 January to July 2018", "14 January", "2018-01-14",
                LocalDate.of(2018, 9, 1)).edtf(), "the year after the end belongs to the other rule");
        assertEquals("2018-01-14", start("from 14 January, when it sailed", "14 January", "2018-01-14",
                LocalDate.of(2018, 1, 15)).edtf(), "no range end");
    }

    @Test
    void aDecisionDayBeforeTheEndItSetIsNoSpan() {
        assertEquals(true, DateSlots.endOnly(" until Dec. 31 this year, and", "The Council extended the mandate on "),
                "a renewal's day and the end it set");
        assertEquals(true, DateSlots.endOnly(" until March 31, 2018.", "Canada's government renewed the operation in "));
        assertEquals(false, DateSlots.endOnly(" until July, and then", "who commanded the group from "), "a span opened by 'from'");
        assertEquals(false, DateSlots.endOnly(" to July, and then", "who commanded the group in "), "'to' is left to the span rules");
    }

    @Test
    void aDateInAShortClauseOpenedBySinceStartsWhatTheClauseStarts() {
        assertEquals(DateRole.SINCE, DateSlots.dateRole("Y, who had led it since the ships left Durban on ", "July 14"));
        assertEquals(DateRole.SINCE, DateSlots.dateRole("who had commanded INTERFET since it arrived in ", "September"));
        assertEquals(DateRole.SINCE, DateSlots.dateRole("led the group since it sailed in ", "February"));
        assertEquals(DateRole.SINCE, DateSlots.dateRole("Major X, who had led it since the Netherlands joined in ", "2016"));
        assertEquals(DateRole.SINCE, DateSlots.dateRole("who had led it since Canada joined in ", "2016"));
        // a since-clause already closed, or a date of the sentence's own clause
        assertEquals(DateRole.AT, DateSlots.dateRole("since it sailed, the group has visited Guam in ", "March"));
        assertEquals(DateRole.AT, DateSlots.dateRole("Commodore Ann Smith took over in ", "March"));
    }
}
