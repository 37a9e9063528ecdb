package org.missionkg.consolidate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.missionkg.model.FuzzyDate;
import org.missionkg.vocab.Iris;

/** A claim line keeps the claim's article, and a line recorded before it did is told apart, not misread. */
class ClaimRowsTest {
    private static final Claim CLAIM = new Claim(Iris.FACT_PREFIX + "c1", Claim.Kind.COMMAND, Iris.ID + "person/p",
            Iris.ID + "mission/m", null, null, Map.of(Aspect.START, FuzzyDate.parse("2019-23")), FuzzyDate.parse("2020-01-02"),
            Iris.article("a1"));

    @Test
    void aLineKeepsTheClaimsArticle() {
        String line = ClaimRows.encode(CLAIM, Iris.articleGraph("a1"));
        assertEquals(CLAIM, ClaimRows.decode(line));
        Claim none = new Claim(CLAIM.iri(), CLAIM.kind(), CLAIM.subject(), CLAIM.mission(), null, null, CLAIM.dates(), null, null);
        assertEquals(none, ClaimRows.decode(ClaimRows.encode(none, Iris.articleGraph("a1"))));
    }

    @Test
    void aLineFromBeforeTheArticleWasKeptIsAClearError() {
        String line = ClaimRows.encode(CLAIM, Iris.articleGraph("a1"));
        String old = line.substring(0, line.lastIndexOf('\t'));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ClaimRows.decode(old));
        assertTrue(e.getMessage().contains("before claim lines kept their article") && e.getMessage().contains("rebuild"),
                e.getMessage());
    }
}
