package org.missionkg.resolve;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.missionkg.reference.Gazetteer;
import org.missionkg.reference.GazetteerMatch;

class MissionsInPlaceTest {
    private static final Gazetteer G = Gazetteer.bundled();
    private static final MissionsInPlace PLACES = MissionsInPlace.over(G);

    private static List<String> missions(String text) {
        return PLACES.settle(G.scan(text)).stream()
                .filter(g -> g.category() == GazetteerMatch.Category.MISSION).map(g -> g.entity().key()).toList();
    }

    @Test
    void aShortNameTwoForcesShareIsTheOneWhereTheStoryIs() {
        assertEquals(List.of("jpkf-south-ossetia"),
                missions("Georgian officials said the Joint Peacekeeping Forces had failed to stop the shelling."));
        assertEquals(List.of("jpkf-transnistria"),
                missions("Moldova asked the Joint Peacekeeping Forces to open the bridge."));
    }

    @Test
    void theGazetteersReadingStandsWhenTheStoryNamesItsHostOrNoCountry() {
        // the host of the gazetteer's reading is named too: nothing to settle
        assertEquals(List.of("jpkf-transnistria"),
                missions("Moldova and Georgia both host a force; the Joint Peacekeeping Forces patrol the Dniester."));
        assertEquals(List.of("jpkf-transnistria"), missions("The Joint Peacekeeping Forces met on Monday."));
    }
}
