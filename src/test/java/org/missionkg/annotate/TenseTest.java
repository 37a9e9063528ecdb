package org.missionkg.annotate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TenseTest {

    /** A tagged sentence written as "word/TAG word/TAG ...". */
    private record Tagged(List<String> words, List<String> tags) {
        static Tagged of(String text) {
            List<String> words = new ArrayList<>();
            List<String> tags = new ArrayList<>();
            for (String pair : text.strip().split(" +")) {
                int slash = pair.lastIndexOf('/');
                words.add(pair.substring(0, slash));
                tags.add(pair.substring(slash + 1));
            }
            return new Tagged(words, tags);
        }

        int indexOf(String word) {
            return words.indexOf(word);
        }
    }

    private static Tense clause(String tagged) {
        Tagged t = Tagged.of(tagged);
        return Tense.of(t.words(), t.tags());
    }

    private static Tense around(String tagged, String dateWord) {
        Tagged t = Tagged.of(tagged);
        return Tense.of(t.words(), t.tags(), t.indexOf(dateWord));
    }

    @ParameterizedTest(name = "{1}: {0}")
    @CsvSource(delimiter = '|', textBlock = """
            troops/NNS left/VBD on/IN Friday/NNP                                         | PAST
            The/DT mission/NN was/VBD suspended/VBN over/IN the/DT weekend/NN            | PAST
            Canada/NNP has/VBZ been/VBN leading/VBG the/DT mission/NN since/IN July/NNP  | PAST
            Canada/NNP has/VBZ sent/VBN troops/NNS since/IN May/NNP                      | PAST
            ministers/NNS had/VBD agreed/VBN on/IN Wednesday/NNP                         | PAST
            He/PRP 'd/MD been/VBN there/RB in/IN May/NNP                                 | PAST
            the/DT mission/NN launched/VBN in/IN 2018/CD                                 | PAST
            The/DT mission/NN was/VBD suspended/VBN due/JJ to/TO security/NN concerns/NNS | PAST
            The/DT next/JJ few/JJ years/NNS saw/VBD the/DT mission/NN evolve/VB          | PAST
            Canada/NNP 's/POS mission/NN in/IN Iraq/NNP                                  | PAST
            Canada/NNP will/MD lead/VB a/DT new/JJ mission/NN                            | FUTURE
            Canada/NNP Will/MD lead/VB a/DT new/JJ mission/NN                            | FUTURE
            the/DT country/NN would/MD extend/VB the/DT mission/NN                       | FUTURE
            It/PRP wo/MD n't/RB end/VB in/IN March/NNP                                   | FUTURE
            We/PRP 'll/MD see/VB in/IN March/NNP                                         | FUTURE
            We/PRP ’ll/MD see/VB in/IN March/NNP                                         | FUTURE
            We/PRP shall/MD return/VB in/IN March/NNP                                    | FUTURE
            He/PRP 'd/MD go/VB in/IN March/NNP                                           | FUTURE
            The/DT mission/NN is/VBZ slated/VBN to/TO end/VB March/NNP 31/CD             | FUTURE
            The/DT mission/NN is/VBZ slated/JJ to/TO end/VB March/NNP 31/CD              | FUTURE
            The/DT mission/NN is/VBZ scheduled/VBN to/TO end/VB in/IN March/NNP          | FUTURE
            The/DT mission/NN is/VBZ expected/VBN to/TO resume/VB on/IN Monday/NNP       | FUTURE
            The/DT mission/NN is/VBZ set/VBN to/TO resume/VB on/IN Monday/NNP            | FUTURE
            The/DT mission/NN is/VBZ due/JJ to/TO end/VB in/IN March/NNP                 | FUTURE
            Canada/NNP plans/VBZ to/TO extend/VB the/DT mission/NN                       | FUTURE
            We/PRP are/VBP going/VBG to/TO do/VB it/PRP on/IN Friday/NNP                 | FUTURE
            The/DT next/JJ rotation/NN arrives/VBZ in/IN March/NNP                       | FUTURE
            Canada/NNP is/VBZ now/RB at/IN a/DT crossroads/NN                            | PRESENT
            the/DT mission/NN is/VBZ led/VBN by/IN Canada/NNP                            | PRESENT
            the/DT mission/NN is/VBZ being/VBG commanded/VBN by/IN Canada/NNP            | PRESENT
            there/EX are/VBP no/DT plans/NNS to/TO close/VB it/PRP                       | PRESENT
            troops/NNS are/VBP going/VBG to/TO Baghdad/NNP                               | PRESENT
            troops/NNS could/MD leave/VB in/IN March/NNP                                 | PRESENT
            """)
    void tenseOfAClause(String tagged, Tense expected) {
        assertEquals(expected, clause(tagged));
    }

    private static final String ANNOUNCED = "Canada/NNP 's/POS defense/NN minister/NN announced/VBD on/IN"
            + " Wednesday/NNP that/IN the/DT country/NN would/MD extend/VB its/PRP$ current/JJ NATO/NNP"
            + " training/NN mission/NN in/IN Iraq/NNP until/IN November/NNP 2020/CD ./.";

    @Test
    void theWholeSentenceLetsTheFutureWinTheWindowDoesNot() {
        assertEquals(Tense.FUTURE, clause(ANNOUNCED));
        assertEquals(Tense.PAST, around(ANNOUNCED, "Wednesday"));
        assertEquals(Tense.FUTURE, around(ANNOUNCED, "November"));
    }

    @Test
    void theWindowLooksAtTheNearestVerbGroupBeforeTheDate() {
        assertEquals(Tense.PAST, around("NATO/NNP defense/NN ministers/NNS agreed/VBD on/IN Wednesday/NNP"
                + " to/TO expand/VB the/DT mission/NN", "Wednesday"));
        assertEquals(Tense.PAST, around("Stoltenberg/NNP declined/VBD to/TO comment/VB Wednesday/NNP", "Wednesday"));
        assertEquals(Tense.FUTURE, around("The/DT current/JJ mission/NN ,/, which/WDT began/VBD in/IN 2014/CD ,/,"
                + " is/VBZ slated/VBN to/TO end/VB March/NNP 31/CD", "March"));
        assertEquals(Tense.PAST, around("Heading/VBG into/IN the/DT 2020/CD election/NN ,/, he/PRP has/VBZ"
                + " sent/VBN troops/NNS to/TO the/DT Mideast/NNP since/IN May/NNP", "May"));
        assertEquals(Tense.PAST, around("the/DT head/NN of/IN the/DT alliance/NN indicated/VBD Monday/NNP"
                + " that/IN there/EX are/VBP no/DT plans/NNS to/TO close/VB it/PRP", "Monday"));
    }

    @Test
    void aParticipleInANameTellsNoTense() {
        // the tagger reads "Combined" and "United" as past participles
        assertEquals(Tense.FUTURE, around("Argentina/NNP will/MD resume/VB the/DT lead/NN of/IN Combined/VBN Task/NNP"
                + " Force/NNP 152/CD in/IN June/NNP", "June"));
        assertEquals(Tense.FUTURE, around("The/DT mission/NN will/MD move/VB to/TO the/DT United/VBN Nations/NNPS"
                + " base/NN in/IN June/NNP", "June"));
        // a participle before a common noun is still a verb: "the mission launched in 2018"
        assertEquals(Tense.PAST, around("Canada/NNP Extended/VBD the/DT mission/NN in/IN June/NNP", "June"));
    }

    @Test
    void aRelativeClauseClosedBeforeTheDateDoesNotGovernIt() {
        String tagged = "Antunes/NNP is/VBZ to/TO succeed/VB Michel/NNP ,/, who/WP has/VBZ led/VBN EUSEC/NNP"
                + " since/IN July/NNP 2008/CD ,/, on/IN 1/CD October/NNP ./.";
        assertEquals(Tense.FUTURE, around(tagged, "October"), "the main clause's 'is to succeed'");
        assertEquals(Tense.PAST, around(tagged, "July"), "inside the clause, its own verb");
        assertEquals(Tense.PAST, around("Smith/NNP ,/, who/WP left/VBD on/IN Friday/NNP ,/, will/MD return/VB", "Friday"));
    }

    @Test
    void theWindowSkipsVerbGroupsWithoutAVerdict() {
        // "speaking" and "regarding" say nothing about time: "did not offer" decides.
        assertEquals(Tense.PAST, around("The/DT government/NN did/VBD not/RB offer/VB any/DT clarity/NN"
                + " regarding/VBG Champagne/NNP speaking/VBG to/TO al-Hakim/NNP on/IN Monday/NNP", "Monday"));
    }

    @Test
    void aFrontedDateTakesTheVerbAfterIt() {
        assertEquals(Tense.PAST, around("On/IN Wednesday/NNP ,/, ministers/NNS agreed/VBD to/TO expand/VB"
                + " the/DT mission/NN", "Wednesday"));
        assertEquals(Tense.FUTURE, around("On/IN Monday/NNP ,/, troops/NNS will/MD leave/VB", "Monday"));
    }

    @Test
    void withoutAnyVerbTheWindowFallsBackToTheWholeSentence() {
        assertEquals(Tense.PAST, around("Friday/NNP night/NN ./.", "Friday"));
        assertEquals(Tense.FUTURE, around("next/JJ Friday/NNP ./.", "Friday"));
    }

    @Test
    void emptyClauseIsPast() {
        assertEquals(Tense.PAST, Tense.of(List.of(), List.of()));
    }

    @Test
    void rejectsMismatchedInput() {
        assertThrows(IllegalArgumentException.class, () -> Tense.of(List.of("left"), List.of()));
        assertThrows(IndexOutOfBoundsException.class, () -> Tense.of(List.of("left"), List.of("VBD"), 1));
        assertThrows(NullPointerException.class, () -> Tense.of(null, List.of()));
    }
}
