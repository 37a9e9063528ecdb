package org.missionkg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.missionkg.model.CommandTenure;
import org.missionkg.model.EntityKind;
import org.missionkg.model.EntityRef;
import org.missionkg.model.Evidence;
import org.missionkg.model.FuzzyDate;
import org.missionkg.model.Provenance;

/** A yearless start after its tenure's end is the year before's (hand-built facts, no CoreNLP). */
class YearlessStartsTest {
    private static final EntityRef CTF = new EntityRef(EntityKind.MISSION, "ctf-150", "Combined Task Force 150");

    private static FuzzyDate startOf(String sentence, String start, String end) {
        EntityRef who = new EntityRef(EntityKind.PERSON, "yannick-bossu", "Yannick Bossu");
        Provenance p = new Provenance("a1", Evidence.of(sentence, 0, 10, sentence), 0.85, "test", null);
        CommandTenure t = new CommandTenure(who, CTF, "Captain", FuzzyDate.parse(start), FuzzyDate.parse(end), p);
        return ((CommandTenure) YearlessStarts.ordered(List.of(t)).get(0)).start();
    }

    @Test
    void aMonthWithoutItsYearAfterTheEndIsTheYearBefore() {
        assertEquals(FuzzyDate.parse("2023-07"), startOf("Captain Yannick Bossu, who had commanded since July", "2024-07", "2024-01-17"));
    }

    @Test
    void aPrintedYearOrAStartBeforeTheEndStays() {
        assertEquals(FuzzyDate.parse("2024-07"), startOf("Captain Yannick Bossu, who had commanded since July 2024", "2024-07", "2024-01-17"));
        assertEquals(FuzzyDate.parse("2023-07"), startOf("Captain Yannick Bossu, who had commanded since July", "2023-07", "2024-01-17"));
    }
}
