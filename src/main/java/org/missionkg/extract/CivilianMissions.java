package org.missionkg.extract;

import java.util.List;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.missionkg.model.EntityRef;

/**
 * Missions civilians head: monitoring, police, rule-of-law and capacity-building missions, UN
 * offices (political and peacebuilding ones), political missions, emergency health missions. Whoever leads one without a military
 * rank is its head of mission, not a commander ("Marek Szczygiel was appointed Head of the EU
 * Monitoring Mission", "She succeeded Ian Martin, who set up the mission"). Known by the words of
 * the mission's names, which say what kind it is: its own label, or one of the names the gazetteer
 * gives it ("UN political mission in Nepal", "EU civilian mission in Armenia").
 */
final class CivilianMissions {
    private static final Pattern CIVILIAN = Pattern.compile(
            "(?i)monitoring mission|observer mission|civilian mission|political mission|police|\\bEUPOL\\b|\\bEULEX\\b|"
                    + "\\bEUCAP\\b|\\bEUBAM\\b|rule of law|capacity building|\\boffice\\b|border assistance|peacebuilding|"
                    + "emergency response|health mission");

    /** The names a mission goes by, its label first (the gazetteer's, or the label alone). */
    private final Function<EntityRef, List<String>> names;

    CivilianMissions(Function<EntityRef, List<String>> names) {
        this.names = names;
    }

    /** Only the mission's label says: for a reading without a gazetteer. */
    static CivilianMissions byLabel() {
        return new CivilianMissions(m -> List.of(m.label()));
    }

    boolean isCivilian(EntityRef mission) {
        return mission != null && names.apply(mission).stream().anyMatch(n -> CIVILIAN.matcher(n).find());
    }
}
