package org.missionkg.extract;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.missionkg.model.Article;
import org.missionkg.model.ArticleMeta;
import org.missionkg.model.EventType;
import org.missionkg.model.Fact;
import org.missionkg.model.FuzzyDate;
import org.missionkg.model.MissionEvent;
import org.missionkg.model.TroopContribution;

/**
 * A wire story's background paragraphs, read through the whole extractor (CoreNLP included): a mission's activity
 * "since" a year in a relative clause (its start), a drawdown told with the mission as object, a withdrawal from one
 * province (no end), a unit set to grow (a planned expansion), and a count whose sentence ends in a relative clause
 * with a date of its own (the count is dated by the story, not by the clause); "the operation" before the story names
 * the operation it names most, and a coordinated clause with its own subject and date.
 */
class MissionBackgroundIT {
    private static final List<Fact> FACTS = NlpHolder.extractor().extract(new Article("background", "Council renews Golan force", """
            UNDOF, which has monitored the ceasefire line between Israel and Syria since 1974, currently numbers about \
            1,100 troops.

            In Congo, MONUSCO completed its withdrawal from South Kivu this week, handing its last base in the \
            province to the Congolese police.

            The UN began drawing down MONUSCO in February.

            Canada has about 800 troops deployed in Latvia under Operation Reassurance, the country's largest \
            overseas mission, which began in 2014.

            The Canadian-led brigade of Operation Reassurance is set to grow to more than 2,000 soldiers by 2026.
            """, new ArticleMeta(null, null, null, FuzzyDate.parse("2024-06-28"), null, "en", Map.of()), "0"));

    /** A story about one operation that names another, more often, only at its end. */
    private static final List<Fact> TWO_OPERATIONS = NlpHolder.extractor().extract(new Article("two", "Aspides mandate", """
            The European Union will extend the mandate of EUNAVFOR Aspides in February, diplomats said on Monday.

            The operation's current mandate is due to expire on February 19.

            Greece has commanded the operation since its launch, and Italy will take over the force command in June.

            Operation Irini, which enforces the arms embargo on Libya, was last extended in March 2023. Operation \
            Irini's headquarters is in Rome.
            """, new ArticleMeta(null, null, null, FuzzyDate.parse("2025-01-20"), null, "en", Map.of()), "0"));

    private static boolean event(String mission, EventType type, String date) {
        return FACTS.stream().anyMatch(f -> f instanceof MissionEvent e && e.mission().label().contains(mission)
                && e.type() == type && String.valueOf(e.date()).equals(date));
    }

    @Test
    void aMissionsActivitySinceAYearInARelativeClauseIsItsStart() {
        assertTrue(event("Disengagement Observer Force", EventType.START, "1974"), FACTS.toString());
    }

    @Test
    void drawingDownTheMissionIsItsDrawdownAndLeavingAProvinceIsNoEnd() {
        assertTrue(event("Stabilization Mission", EventType.DRAWDOWN, "2024-02"), FACTS.toString());
        assertFalse(FACTS.stream().anyMatch(f -> f instanceof MissionEvent e && e.type() == EventType.END), FACTS.toString());
    }

    @Test
    void aUnitSetToGrowIsAPlannedExpansion() {
        assertTrue(event("Reassurance", EventType.EXPANSION, "2026"), FACTS.toString());
    }

    @Test
    void theOperationBeforeAnotherIsNamedIsTheOneNamedBeforeIt() {
        assertTrue(TWO_OPERATIONS.stream().anyMatch(f -> f instanceof MissionEvent e && e.type() == EventType.PLANNED_END
                && e.mission().label().equals("EUNAVFOR Aspides") && String.valueOf(e.date()).equals("2025-02-19")),
                TWO_OPERATIONS.toString());
        assertFalse(TWO_OPERATIONS.stream().anyMatch(f -> f instanceof MissionEvent e && e.type() == EventType.PLANNED_END
                && e.mission().label().contains("Irini")), TWO_OPERATIONS.toString());
    }

    @Test
    void aCoordinatedClauseWithASubjectOfItsOwnKeepsItsDate() {
        // "since its launch, and Italy will take over ... in June": June is Italy's turn, not Greece's start nor the launch
        assertFalse(TWO_OPERATIONS.stream().anyMatch(f -> f instanceof org.missionkg.model.Leadership l
                && l.country().label().equals("Greece") && String.valueOf(l.start()).equals("2025-06")), TWO_OPERATIONS.toString());
        assertFalse(TWO_OPERATIONS.stream().anyMatch(f -> f instanceof MissionEvent e && e.type() == EventType.LAUNCH
                && String.valueOf(e.date()).equals("2025-06")), TWO_OPERATIONS.toString());
        assertTrue(TWO_OPERATIONS.stream().anyMatch(f -> f instanceof org.missionkg.model.Leadership l
                && l.country().label().equals("Italy") && String.valueOf(l.start()).equals("2025-06")), TWO_OPERATIONS.toString());
    }

    @Test
    void aCountIsNotDatedByARelativeClauseAfterIt() {
        assertTrue(FACTS.stream().anyMatch(f -> f instanceof TroopContribution t && t.country().label().equals("Canada")
                && t.count() == 800 && (t.date() == null || !t.date().toString().equals("2014"))), FACTS.toString());
    }
}
