package org.missionkg.extract;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.missionkg.model.Article;
import org.missionkg.model.ArticleMeta;
import org.missionkg.model.CommandTenure;
import org.missionkg.model.EventType;
import org.missionkg.model.Fact;
import org.missionkg.model.FuzzyDate;
import org.missionkg.model.MissionEvent;

/**
 * Ships named with their navy's prefix, read through the whole extractor (CoreNLP included): a ship that
 * relieves another hands the mission's station over, and neither ship is a commander, not even when
 * named later without her prefix.
 */
class ShipsIT {
    private static final List<Fact> FACTS = NlpHolder.extractor().extract(new Article("ships", "Frigate takes over", """
            Navy frigate takes over Gulf patrol

            Canada's frigates patrol the Arabian Sea under Operation Projection.

            HMCS Calgary took over the station on Monday, relieving HMCS Regina.

            Calgary sailed from Esquimalt in January. Commander Jane Doe, her captain, said the crew was ready.

            LE Samuel Beckett arrived on station in June, taking over from LE Niamh.
            """, new ArticleMeta(null, null, null, FuzzyDate.parse("2021-03-10"), null, "en", Map.of()), "0"));

    @Test
    void noShipCommandsTheMission() {
        assertFalse(FACTS.stream().anyMatch(f -> f instanceof CommandTenure c
                && c.commander().label().matches(".*(Calgary|Regina|Beckett|Niamh).*")), FACTS.toString());
    }

    @Test
    void aShipRelievingAnotherIsAHandoverOfTheMission() {
        assertTrue(FACTS.stream().anyMatch(f -> f instanceof MissionEvent e && e.type() == EventType.HANDOVER
                && e.mission().key().equals("operation-projection") && e.date() != null
                && e.date().toString().equals("2021-03-08")), FACTS.toString());
        assertTrue(FACTS.stream().filter(f -> f instanceof MissionEvent e && e.type() == EventType.HANDOVER).count() >= 2,
                FACTS.toString());
    }
}
