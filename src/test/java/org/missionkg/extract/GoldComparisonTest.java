package org.missionkg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The scorer's keys: a mission name is the mission of the article's era, not of whichever era the gazetteer reads first. */
class GoldComparisonTest {
    private static final LocalDate IN_1998 = LocalDate.of(1998, 4, 16);
    private static final LocalDate IN_2020 = LocalDate.of(2020, 6, 1);

    private static String key(String mission, LocalDate published) {
        return GoldComparison.key("command", "Barthélemy Ratanga", "commander", mission, "a1", published);
    }

    @Test
    void aFullNameTwoMissionsShareIsKeyedAsTheMissionOfTheArticlesYear() {
        String full = "United Nations Mission in the Central African Republic";
        assertEquals(key("MINURCA", IN_1998), key(full, IN_1998));
        assertEquals(key("MINUSCA", IN_2020), key(full, IN_2020));
        // Before, both years keyed the name as MINUSCA, and a 1998 fact about MINUSCA scored as MINURCA's.
        assertNotEquals(key(full, IN_1998), key(full, IN_2020));
    }

    @Test
    void aDescriptionMeansThePhaseActiveThen() {
        assertEquals(key("MONUC", LocalDate.of(2003, 9, 1)), key("UN mission in Congo", LocalDate.of(2003, 9, 1)));
        assertEquals(key("MONUSCO", IN_2020), key("UN mission in Congo", IN_2020));
    }

    @Test
    void withoutADateANameIsKeyedAsTheGazetteerReadsIt() {
        assertEquals(GoldComparison.key("command", "Barthélemy Ratanga", "commander", "EUMAM RCA", "a1"),
                key("EUMAM RCA", null));
        // A name the gazetteer gives one mission is that mission whatever the date.
        assertEquals(key("European Union Military Advisory Mission in the Central African Republic", IN_2020),
                key("EUMAM RCA", IN_2020));
    }

    @Test
    void theWordForAnOperationInItsOwnLanguageNamesTheSameOne() {
        assertEquals(key("Operation Centinela Gallego", IN_2020), key("Operación Centinela Gallego", IN_2020));
        assertEquals(key("Operation Vespri Siciliani", IN_2020), key("Operazione Vespri Siciliani", IN_2020));
        // Only as the name's first word: a mission named after another is not folded into it.
        assertNotEquals(key("Operation Centinela", IN_2020), key("Mission Operacion Centinela", IN_2020));
    }
}
