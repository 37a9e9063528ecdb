package org.missionkg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.missionkg.model.CountQualifier;

/** What the words before a count say of it, without CoreNLP. */
class NumberSlotsTest {

    @ParameterizedTest(name = "\"{0}\" -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            Canada will send up to                 | UP_TO
            a contingent of as many as             | UP_TO
            the mission has more than              | MORE_THAN
            NATO now counts over                   | MORE_THAN
            fewer than                             | FEWER_THAN
            the force has about                    | ABOUT
            roughly                                | ABOUT
            it reached close to                    | ABOUT
            an estimated                           | ABOUT
            Denmark deployed                       | EXACT
            the brigade has                        | EXACT
            """)
    void theWordsBeforeACountQualifyIt(String before, CountQualifier expected) {
        assertEquals(expected, NumberSlots.qualifier(before + " ", null));
    }
}
