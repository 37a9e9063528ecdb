package org.missionkg.extract;

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
 * A national unit serving with a UN mission, read through the whole extractor (CoreNLP included): "the
 * unit" is the unit, a "force commander" and "the peacekeeping force" are the UN mission's.
 */
class NationalUnitsIT {
    private static final List<Fact> FACTS = NlpHolder.extractor().extract(new Article("units", "Engineers safe", """
            South Korea's engineering unit serving with the UN in South Sudan is safe inside its base in Bor, \
            the defense ministry said on Tuesday.

            The Hanbit unit, about 280 strong, has halted road work outside the camp.

            The ammunition was delivered after the unit's commander, Col. Ko Seung-hwan, reported that his troops \
            were short of it.

            Approved by the National Assembly in February, the Hanbit unit is the first Korean contingent to serve \
            with the UN Mission in South Sudan (UNMISS).

            The force commander, Lieutenant General Shailesh Tinaikar of India, has asked the unit to open a \
            second work site near Pibor.

            In New York, the Security Council on Tuesday voted to nearly double the size of the peacekeeping force.
            """, new ArticleMeta(null, null, null, FuzzyDate.parse("2013-12-24"), null, "en", Map.of()), "0"));

    private static boolean commands(String surname, String mission) {
        return FACTS.stream().anyMatch(f -> f instanceof CommandTenure c && c.commander().label().endsWith(surname)
                && c.mission().label().equals(mission));
    }

    @Test
    void theUnitsCommanderCommandsTheUnit() {
        assertTrue(commands("Ko Seung-hwan", "Hanbit Unit"), FACTS.toString());
        assertTrue(!commands("Ko Seung-hwan", "United Nations Mission in South Sudan"), FACTS.toString());
    }

    @Test
    void aForceCommanderCommandsTheUnMissionNotTheUnit() {
        assertTrue(commands("Tinaikar", "United Nations Mission in South Sudan"), FACTS.toString());
        assertTrue(!commands("Tinaikar", "Hanbit Unit"), FACTS.toString());
    }

    @Test
    void thePeacekeepingForceIsTheUnMission() {
        assertTrue(FACTS.stream().anyMatch(f -> f instanceof MissionEvent e && e.type() == EventType.EXPANSION
                && e.mission().label().equals("United Nations Mission in South Sudan")), FACTS.toString());
    }
}
