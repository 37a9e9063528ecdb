package org.missionkg.annotate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Issue 14, item 4: no line CoreNLP reads is longer than the cap, and no offset moves (no models loaded). */
class LineCapTest {
    @Test
    void aLongLineIsBrokenAtSpacesAndKeepsItsLength() {
        String line = "The mission trained Iraqi officers in Baghdad. ".repeat(200_000); // about 9.4 MB on one line
        String capped = CoreNlpAnnotator.capLines(line, CoreNlpAnnotator.MAX_LINE_CHARS);
        assertEquals(line.length(), capped.length());
        int longest = capped.lines().mapToInt(String::length).max().orElse(0);
        assertTrue(longest <= CoreNlpAnnotator.MAX_LINE_CHARS, "a line of " + longest);
        for (int i = 0; i < line.length(); i++) {
            if (capped.charAt(i) != line.charAt(i)) {
                assertEquals(' ', line.charAt(i), "only spaces become line breaks, at " + i);
            }
        }
    }

    @Test
    void aRunWithoutSpacesIsCutAtTheCap() {
        String capped = CoreNlpAnnotator.capLines("x".repeat(5_000), 2_000);
        assertEquals(5_000, capped.length());
        assertTrue(capped.lines().allMatch(l -> l.length() <= 2_000));
    }

    @Test
    void ordinaryTextIsLeftAlone() {
        String text = "NATO Mission Iraq began in 2018.\nCanada led it until November 2020.\n";
        assertSame(text, CoreNlpAnnotator.capLines(text, CoreNlpAnnotator.MAX_LINE_CHARS));
    }
}
