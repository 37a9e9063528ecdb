package org.missionkg.resolve;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.missionkg.reference.Gazetteer;
import org.missionkg.reference.GazetteerMatch;

/** A country's troops described by where they serve, resolved against the bundled gazetteer (no CoreNLP). */
class NationalContingentsTest {
    private static final Gazetteer G = Gazetteer.bundled();
    private static final NationalContingents N = NationalContingents.over(G);

    /** The added matches as "surface → label". */
    private static List<String> added(String text, LocalDate published) {
        List<GazetteerMatch> before = G.scan(text);
        return N.add(text, before, published).stream().filter(m -> !before.contains(m))
                .map(m -> m.surface() + " → " + m.label()).toList();
    }

    @Test
    void aCountrysTroopsInAHostAreTheOneMissionItRunsThere() {
        assertEquals(List.of("army engineers → Japan Self-Defense Forces deployment to South Sudan"),
                added("Japan's army engineers in South Sudan will remain inside the UN compound in Juba.", LocalDate.of(2013, 12, 27)));
        assertEquals(List.of("engineers → Japan Self-Defense Forces deployment to South Sudan"),
                added("The Japanese engineers in South Sudan were told to stay put.", LocalDate.of(2013, 12, 27)));
        assertEquals(List.of("eleventh engineering unit → Japan Self-Defense Forces deployment to South Sudan"),
                added("They will form the core of Japan's eleventh engineering unit in South Sudan.", LocalDate.of(2016, 11, 20)));
    }

    @Test
    void aCountedPhraseStaysATroopCount() {
        assertEquals(List.of(), added("About 350 Japanese engineers in South Sudan built roads.", LocalDate.of(2013, 12, 27)));
        assertEquals(List.of(), added("The number of Japanese engineers in South Sudan rose to 350.", LocalDate.of(2013, 12, 27)));
    }

    @Test
    void noMissionOfThatCountryThereOrThenIsNoMatch() {
        // the deployment ended in 2017: a story of 2022 about Japanese troops there names none of the gazetteer's
        assertEquals(List.of(), added("Japan's army engineers in South Sudan were praised.", LocalDate.of(2022, 3, 1)));
        assertEquals(List.of(), added("Japanese tourists in South Sudan were evacuated.", LocalDate.of(2013, 12, 27)));
    }
}
