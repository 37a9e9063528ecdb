package org.missionkg.annotate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.missionkg.model.AnnotatedSentence;
import org.missionkg.model.NerMention;
import org.missionkg.model.Token;

/** {@link NerReads}, what {@link NerModelCheck} compares, keeps what extraction reads and only that (no models loaded). */
class NerReadsTest {
    private static final NerMention PERSON = new NerMention("PERSON", 0, 5, 0, 1, "Smith", null);
    private static final NerMention DATE = new NerMention("DATE", 15, 21, 3, 4, "Friday", "2020-01-10");

    private static AnnotatedSentence sentence(String secondTag, List<NerMention> mentions) {
        return new AnnotatedSentence(0, 0, 21, List.of(new Token("Smith", "NNP", "Smith", "PERSON", 0, 5),
                new Token("paid", "VBD", "pay", secondTag, 6, 10), new Token("$5", "CD", "$5", "MONEY", 11, 13),
                new Token("Friday", "NNP", "Friday", "DATE", 15, 21)), mentions);
    }

    @Test
    void tagsExtractionDoesNotReadLeaveTheReadsAlone() {
        NerReads plain = NerReads.of(sentence("O", List.of(PERSON, DATE)));
        NerMention money = new NerMention("MONEY", 11, 13, 2, 3, "$5", "$5.0");
        NerMention misc = new NerMention("MISC", 6, 10, 1, 2, "paid", null);
        assertEquals(plain, NerReads.of(sentence("MISC", List.of(PERSON, money, misc, DATE))));
        assertEquals(List.of(PERSON, DATE), plain.mentions());
        assertEquals(List.of(true, false, false, false), plain.nameTags());
    }

    @Test
    void aDateValueANumberOrALoneNameTagIsRead() {
        NerReads plain = NerReads.of(sentence("O", List.of(PERSON, DATE)));
        NerMention otherDay = new NerMention("DATE", 15, 21, 3, 4, "Friday", "2020-01-17");
        assertNotEquals(plain, NerReads.of(sentence("O", List.of(PERSON, otherDay))));
        assertNotEquals(plain, NerReads.of(sentence("O", List.of(PERSON, new NerMention("NUMBER", 11, 13, 2, 3, "$5", "5.0"), DATE))));
        assertNotEquals(plain, NerReads.of(sentence("LOCATION", List.of(PERSON, DATE))));
    }
}
