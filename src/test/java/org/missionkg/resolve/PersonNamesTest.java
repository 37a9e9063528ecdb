package org.missionkg.resolve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.missionkg.reference.Gazetteer;
import org.missionkg.reference.OfficeHolders;

class PersonNamesTest {
    private static final PersonNames NAMES = PersonNames.over(Gazetteer.bundled(), OfficeHolders.bundled());

    @Test
    void aTitleFormOrAnotherSpellingOfAnOfficeHolderIsTheHoldersName() {
        assertEquals("George Robertson", NAMES.canonical("Lord Robertson"));
        assertEquals("Franjo Tuđman", NAMES.canonical("Franjo Tudjman"));
        assertEquals("george-robertson", NAMES.person("Lord Robertson").key());
    }

    @Test
    void aFullNameThePressPrintsStandsAsPrinted() {
        // The table lists him as "Tom Thabane"; "Thomas Thabane" is as much his name.
        assertEquals("Thomas Thabane", NAMES.canonical("Thomas Thabane"));
        assertEquals("Yusuf Haji", NAMES.canonical("Yusuf Haji"));
        // Two people in the table answer to it: neither is chosen.
        assertEquals("Konstantinos Karamanlis", NAMES.canonical("Konstantinos Karamanlis"));
        assertEquals("Jane Unknown", NAMES.canonical("Jane Unknown"));
        assertEquals("Mustafa al-Kadhimi", NAMES.canonical("Mustafa al-Kadhimi")); // the table's "Al-": case only
        assertEquals("António Guterres", NAMES.canonical("Antonio Guterres")); // the accents the press drops
    }

    @Test
    void aCourtesyWordBeforeAFullNameIsNoPartOfIt() {
        assertEquals("Manohar Parrikar", NAMES.canonical("Shri Manohar Parrikar"));
        assertEquals("John Smith", NAMES.canonical("Mr John Smith"));
        assertEquals("Mr Smith", NAMES.canonical("Mr Smith"), "a surname alone keeps its word, to be resolved");
    }

    @Test
    void whatGivesWay() {
        assertTrue(PersonNames.givesWay("Joerg Klein", "Jörg Klein"));
        assertTrue(PersonNames.givesWay("Pat Nash", "Patrick Nash"));
        assertTrue(PersonNames.givesWay("Lord Robertson", "George Robertson"));
        assertFalse(PersonNames.givesWay("Thomas Thabane", "Tom Thabane"));
        assertFalse(PersonNames.givesWay("George Bush", "George W. Bush"));
        assertFalse(PersonNames.givesWay("Yusuf Haji", "Mohamed Yusuf Haji"));
        assertFalse(PersonNames.givesWay("Lord Owen", "George Robertson"));
    }
}
