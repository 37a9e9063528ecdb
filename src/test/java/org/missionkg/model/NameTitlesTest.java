package org.missionkg.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NameTitlesTest {
    /** Dropped before a full name; kept before a surname alone, or when the word is part of the name. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            Sir Allan Kemakeza     | Allan Kemakeza
            Dame Karen Pierce      | Karen Pierce
            Shri Manohar Parrikar  | Manohar Parrikar
            Mr. John Smith         | John Smith
            Lord George Robertson  | George Robertson
            Mr Jan van der Berg    | Jan van der Berg
            Lord Robertson         | Lord Robertson
            Mr Smith               | Mr Smith
            Srinivasan Kumar       | Srinivasan Kumar
            Mrs                    | Mrs
            """)
    void titlesAndCourtesyWordsGoOnlyBeforeAFullName(String printed, String name) {
        assertEquals(name, NameTitles.dropBeforeFullName(printed));
    }

    @Test
    void aTitleOfNobilityBeforeANameIsFoundAtTheEndOfTheTextBeforeIt() {
        assertTrue(NameTitles.NOBILITY_BEFORE.matcher("secretary general, Lord ").find());
        assertTrue(NameTitles.NOBILITY_BEFORE.matcher("Vice Admiral Sir ").find());
        assertFalse(NameTitles.NOBILITY_BEFORE.matcher("Overlord ").find(), "a word ending in a title is not one");
        assertFalse(NameTitles.NOBILITY_BEFORE.matcher("Mr ").find(), "courtesy words are not joined to the name");
    }
}
