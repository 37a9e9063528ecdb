package org.missionkg.extract;

import java.util.regex.Pattern;
import org.missionkg.model.EntityRef;

/**
 * Missions civilians head: monitoring, police, rule-of-law and capacity-building missions, UN
 * offices. Whoever leads one without a military rank is its head of mission, not a commander
 * ("Marek Szczygiel was appointed Head of the EU Monitoring Mission", "He replaces Erik Hoeg, who
 * led the mission"). Known by the words of the mission's name, which say what kind it is.
 */
final class CivilianMissions {
    private static final Pattern CIVILIAN = Pattern.compile(
            "(?i)monitoring mission|police|\\bEUPOL\\b|\\bEULEX\\b|\\bEUCAP\\b|\\bEUBAM\\b|rule of law|capacity building|"
                    + "integrated office|political mission|border assistance");

    private CivilianMissions() {
    }

    static boolean isCivilian(EntityRef mission) {
        return mission != null && CIVILIAN.matcher(mission.label()).find();
    }
}
