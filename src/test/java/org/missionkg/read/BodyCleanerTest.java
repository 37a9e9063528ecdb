package org.missionkg.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.missionkg.model.Article;

/** The cleaned view keeps every offset: same length, noise blanked, odd spaces and quotes made plain. */
class BodyCleanerTest {

    private static Article seed(String id) {
        return ArticleReader.create().read(ArticleReaderTest.SEED.resolve(id + ".txt")).get(0);
    }

    @ParameterizedTest
    @ValueSource(strings = {"000_a29c890775fe9923", "001_e6088a01d5507656", "002_c6492637f5053c95",
                            "003_b81079d545b3e2ce", "004_811f0c9e4eb4394b"})
    void seedKeepsLengthAndLineBreaks(String id) {
        String text = seed(id).text();
        String cleaned = BodyCleaner.clean(text);
        assertEquals(text.length(), cleaned.length());
        for (int i = 0; i < text.length(); i++) {
            boolean datelineBreak = cleaned.charAt(i) == '\n' && "-\u2013\u2014".indexOf(text.charAt(i)) >= 0;
            assertEquals(text.charAt(i) == '\n', cleaned.charAt(i) == '\n' && !datelineBreak, "line break moved at " + i);
        }
    }

    @Test
    void teaserBlockAfterYouMayAlsoLikeIsBlanked() {
        String text = """
                The mission goes on.
                Officials said so on Friday.

                You May Also Like

                Senator wins a primary somewhere
                Markets fall on Tuesday
                """;
        String cleaned = BodyCleaner.clean(text);
        int cut = text.indexOf("You May Also Like");
        assertEquals(text.substring(0, cut), cleaned.substring(0, cut));
        assertTrue(cleaned.substring(cut).isBlank(), cleaned);
        assertTrue(BodyCleaner.isNoise(text, cleaned, text.indexOf("Markets")));
        assertFalse(BodyCleaner.isNoise(text, cleaned, text.indexOf("mission")));
    }

    @Test
    void seedTeasersAndCommentPromptAreBlankedButTheStoryIsNot() {
        String text = seed("004_811f0c9e4eb4394b").text();
        String cleaned = BodyCleaner.clean(text);
        int prompt = text.indexOf("Leave a Reply");
        int teasers = text.indexOf("You May Also Like");
        assertTrue(prompt > 0 && teasers > prompt);
        assertTrue(cleaned.substring(prompt).isBlank(), "page furniture after the story survived");
        assertFalse(cleaned.contains("Sanders"));
        // the story's last paragraph is still there, and a sentence that merely says "advertise" too
        assertTrue(cleaned.substring(0, prompt).contains("Juneau and Momani said"));
        assertTrue(cleaned.contains("not something you want to advertise"));
    }

    @Test
    void advertisementLineIsBlanked() {
        String text = "First paragraph.\n\nADVERTISEMENT\n\nSecond paragraph.\n";
        String cleaned = BodyCleaner.clean(text);
        assertEquals("First paragraph.\n\n             \n\nSecond paragraph.\n", cleaned);
    }

    @Test
    void seedAdvertisementLineIsBlanked() {
        String text = seed("002_c6492637f5053c95").text();
        String cleaned = BodyCleaner.clean(text);
        String line = " date 2020-01-07 advertisement";
        int at = text.indexOf(line);
        assertTrue(at >= 0);
        assertTrue(cleaned.substring(at, at + line.length()).isBlank());
        assertTrue(cleaned.contains("A Canadian-led training mission in Iraq"));
    }

    @Test
    void sentenceThatMentionsAnAdvertisementIsKept() {
        String text = "The ministry placed an advertisement in every national newspaper to recruit trainers.\n";
        assertEquals(text, BodyCleaner.clean(text));
    }

    @Test
    void noBreakAndThinSpacesBecomePlainSpaces() {
        String text = "Maj.\u00A0Gen. Dany\u202FFortin led 250\u2009soldiers.";
        String cleaned = BodyCleaner.clean(text);
        assertEquals("Maj. Gen. Dany Fortin led 250 soldiers.", cleaned);
        assertEquals(text.length(), cleaned.length());
        assertFalse(BodyCleaner.isNoise(text, cleaned, text.indexOf('\u00A0')), "a plain space is no noise");
    }

    @Test
    void curlyQuotesAndDashesBecomeStraightInPlace() {
        String text = "\u201CCanada\u2019s mission\u201D \u2013 ERBIL";
        assertEquals("\"Canada's mission\" - ERBIL", BodyCleaner.clean(text));
    }

    @Test
    void storyWithoutFurnitureIsUnchanged() {
        String text = "Canada will extend its mission - for a year.\r\n\r\nThe statement said so.\r\n";
        assertEquals(text, BodyCleaner.clean(text));
    }

    @Test
    void datelineEndsItsOwnSentenceAtTheDash() {
        for (String dateline : List.of("ERBIL", "BANGUI, Central African Republic", "NEW YORK, Nov. 3", "OTTAWA, Nov. 24, 2020 /CNW/",
                "KABUL (Reuters)", "Brussels, 12 May 2024", "BAGHDAD, March 3 (AP)", "BRUSSELS / MAPUTO", "MANAMA, Bahrain")) {
            String text = "Headline here\n" + dateline + " \u2014 A Portuguese general took charge of the mission.\nMore.\n";
            String clean = BodyCleaner.clean(text);
            assertEquals(text.length(), clean.length());
            int dash = text.indexOf('\u2014');
            assertEquals('\n', clean.charAt(dash), dateline);
            assertEquals(text.substring(0, dash), clean.substring(0, dash), dateline);
        }
    }

    @Test
    void headingInCapitalsIsBlankedButADatelineIsNot() {
        String text = "LAKE CHAD: NEW COMMANDER IN N'DJAMENA\nNigeria's Major General X has taken command.\nBANGUI\nThe mission ended.\n";
        String clean = BodyCleaner.clean(text);
        assertEquals(text.length(), clean.length());
        assertTrue(clean.startsWith(" ".repeat("LAKE CHAD: NEW COMMANDER IN N'DJAMENA".length()) + "\n"), clean);
        assertTrue(clean.contains("\nBANGUI\n"), "a one-word dateline line is kept");
        assertTrue(clean.contains("Nigeria's Major General X has taken command."));
    }

    @Test
    void teaserHeadersEndTheStory() {
        for (String header : List.of("SEE ALSO", "Read also", "YOU MAY HAVE MISSED", "More on this story")) {
            String text = "The mission was extended.\n" + header + "\nNATO appoints a new commander in Kosovo\n";
            assertEquals("The mission was extended.", BodyCleaner.clean(text).strip(), header);
        }
    }

    @Test
    void paragraphsOpeningLikeATeaserHeaderAreStory() {
        for (String opening : List.of("Also on Tuesday, NATO extended the mission.", "Don't miss the point, the minister said.")) {
            String text = "The mission was extended.\n" + opening + "\nThe force stays until 2026.\n";
            assertEquals(text, BodyCleaner.clean(text), opening);
        }
    }

    @Test
    void dashInsideTheStoryIsNoDateline() {
        for (String line : List.of("NATO said on Tuesday - in a statement - that it would stay.", "Today (2 March 2024), the mission ended - quietly.",
                "EU foreign ministers - meeting in Brussels - agreed.", "The mission - launched in 2018 - goes on.")) {
            String text = line + "\n";
            assertEquals(text, BodyCleaner.clean(text).replace('-', '-'), line);
        }
        String colon = "Intro line\nCANBERRA: Australia's mission is over.\n";
        assertEquals('\n', BodyCleaner.clean(colon).charAt(colon.indexOf(':')));
        String noteColon = "NOTE: the mission is over.\n";
        assertEquals(noteColon, BodyCleaner.clean(noteColon), "a colon after a capital word before lower case is no dateline");
        String fourthLine = "One.\nTwo.\nThree.\nBAGHDAD - Late dateline-like text.\n";
        assertEquals(fourthLine, BodyCleaner.clean(fourthLine));
    }

    @Test
    void endMarkerInsideALongLineDoesNotCutTheStory() {
        String text = "Related stories about the mission were published by several outlets across Canada and Iraq last week.\nMore text.\n";
        assertEquals(text, BodyCleaner.clean(text));
    }

    @Test
    void pressReleaseClosersEndTheStory() {
        for (String closer : List.of("Associated links", "Contacts", "Media contacts:", "Stay connected", "About the author")) {
            String text = "The mission was extended.\n" + closer + "\nOperation IMPACT page\nMedia Relations 613-555-0100\n";
            String clean = BodyCleaner.clean(text);
            assertEquals(text.length(), clean.length());
            assertEquals("The mission was extended.", clean.strip(), closer);
        }
        String contactsInProse = "Contacts between the two armies grew.\nMore text.\n";
        assertEquals(contactsInProse, BodyCleaner.clean(contactsInProse));
    }
}
