package org.missionkg.annotate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.util.CoreMap;
import java.io.IOException;
import java.io.InputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Which sentences SUTime is run on (no models loaded: the tokenizer and CoreNLP's number finder only). */
class TimeScreenTest {
    private static StanfordCoreNLP tokenizer;

    @BeforeAll
    static void tokenizer() {
        Properties p = new Properties();
        p.setProperty("annotators", "tokenize,ssplit");
        p.setProperty("tokenize.language", "en");
        tokenizer = new StanfordCoreNLP(p);
    }

    /** The screen was read from these files; another CoreNLP may change them, and then it must be read again. */
    @Test
    void sutimesRuleFilesAreTheOnesTheScreenWasReadFrom() throws IOException, NoSuchAlgorithmException {
        assertEquals("7aff57a484a027eb0d8d59799d643d79321cd3a8dc0a2a27e8cff91f335ebc39", sha256("defs.sutime.txt"));
        assertEquals("6e5de1760d9e68714bf55713f528c0a6e7ae6f736944747e822116bc9d3097cf", sha256("english.sutime.txt"));
        assertEquals("6506778f675a61da3065979c12f2cdb8a441c8f025c8ebc8cb0402083c9b3df0", sha256("english.holidays.sutime.txt"));
    }

    @Test
    void sentencesWithATimeWordANumberOrADigitGoToSutime() {
        for (String s : List.of(
                "The frigate joined the task force on Thursday.",
                "The mission began in May.",
                "It may later be extended.", // the modal: SUTime reads "may later" as a month
                "The contingent will march through the capital.",
                "Troops arrived last spring.",
                "Two ships joined the patrol.",
                "The second rotation took over.",
                "The force grew to 1,200 soldiers.",
                "Command passed to CTF-151.",
                "A three-month deployment was approved.", // a number word hyphened to a unit: one of SUTime's text rules
                "It was the third-quarter review.",
                "The council holds a biannual review.",
                "The mission is currently led by Spain.",
                "At the time, the headquarters was in the north.",
                "The operation ended in the nineties.",
                "Patrols continued through Christmas.",
                "The rotation lasts a fortnight.",
                "Flights resumed in Sept.",
                "The unit arrived in the late afternoon.")) {
            assertTrue(screened(s), s);
        }
    }

    @Test
    void sentencesWithNoneOfThemDoNot() {
        for (String s : List.of(
                "The frigate joined the task force.",
                "Troops patrolled the border near the town.",
                "The commander said the mission would continue its work with local forces.",
                "Turkey and Poland sent officers, exactly as planned.", // countries that name time zones
                "The EST team met officials at the end of the talks.",
                "This is the last of the vessels, early and on the dot.")) {
            assertFalse(screened(s), s);
        }
    }

    @Test
    void theNumbersAreFoundForEverySentence() {
        CoreMap s = sentence("The frigate joined twelve others.");
        TimeScreen.numbers(s);
        assertTrue(s.get(CoreAnnotations.NumerizedTokensAnnotation.class).stream()
                .anyMatch(n -> n.get(CoreAnnotations.NumericCompositeValueAnnotation.class) != null
                        && n.get(CoreAnnotations.NumericCompositeValueAnnotation.class).intValue() == 12));
    }

    private static boolean screened(String text) {
        CoreMap s = sentence(text);
        TimeScreen.numbers(s);
        return TimeScreen.couldHoldTime(s);
    }

    private static CoreMap sentence(String text) {
        Annotation doc = new Annotation(text);
        tokenizer.annotate(doc);
        List<CoreMap> sentences = doc.get(CoreAnnotations.SentencesAnnotation.class);
        assertEquals(1, sentences.size(), text);
        return sentences.get(0);
    }

    private static String sha256(String file) throws IOException, NoSuchAlgorithmException {
        try (InputStream in = TimeScreenTest.class.getResourceAsStream("/edu/stanford/nlp/models/sutime/" + file)) {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(in.readAllBytes()));
        }
    }
}
