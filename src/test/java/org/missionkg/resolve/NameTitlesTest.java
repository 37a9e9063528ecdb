package org.missionkg.resolve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class NameTitlesTest {
    @Test
    void titlesAndCourtesyWordsBeforeAFullNameAreDropped() {
        assertEquals("Allan Kemakeza", NameTitles.dropBeforeFullName("Sir Allan Kemakeza"));
        assertEquals("Karen Pierce", NameTitles.dropBeforeFullName("Dame Karen Pierce"));
        assertEquals("Manohar Parrikar", NameTitles.dropBeforeFullName("Shri Manohar Parrikar"));
        assertEquals("John Smith", NameTitles.dropBeforeFullName("Mr. John Smith"));
        assertEquals("George Robertson", NameTitles.dropBeforeFullName("Lord George Robertson"));
        assertEquals("Jan van der Berg", NameTitles.dropBeforeFullName("Mr Jan van der Berg"));
    }

    @Test
    void beforeASurnameAloneTheyStay() {
        assertEquals("Lord Robertson", NameTitles.dropBeforeFullName("Lord Robertson"));
        assertEquals("Mr Smith", NameTitles.dropBeforeFullName("Mr Smith"));
        // Part of a name, not a title: "Srinivasan" begins with "Sri" but is one word.
        assertEquals("Srinivasan Kumar", NameTitles.dropBeforeFullName("Srinivasan Kumar"));
        assertEquals("Mrs", NameTitles.dropBeforeFullName("Mrs"));
    }

    @Test
    void aTitleOfNobilityBeforeANameIsFoundAtTheEndOfTheTextBeforeIt() {
        assertTrue(NameTitles.NOBILITY_BEFORE.matcher("secretary general, Lord ").find());
        assertTrue(NameTitles.NOBILITY_BEFORE.matcher("Vice Admiral Sir ").find());
        assertFalse(NameTitles.NOBILITY_BEFORE.matcher("Overlord ").find(), "a word ending in a title is not one");
        assertFalse(NameTitles.NOBILITY_BEFORE.matcher("Mr ").find(), "courtesy words are not joined to the name");
    }
}
