package org.missionkg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** What a surface rule's pattern cannot match without, read from its source. */
class RequiredTextTest {
    private static String need(String regex) {
        return RequiredText.of(Pattern.compile(regex, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE)).toString();
    }

    @Test
    void wordsInSequenceAreAllNeeded() {
        assertEquals("('took' & 'over' & 'from')", need("took\\s+over\\s+from"));
        assertEquals("('⟦p' & '⟧')", need("⟦P\\d+⟧"));
    }

    @Test
    void anAlternationNeedsOneOfItsBranches() {
        assertEquals("(('succeed' | 'replace') & 'as')", need("(?:succeed|replace)\\w*\\s+as"));
        assertEquals("'over'", need("(?:took|)\\s+over"));
    }

    @Test
    void whatMayBeLeftOutIsNotNeeded() {
        assertEquals("('colo' & 'rs')", need("colou?rs"));
        assertEquals("'b'", need("a{0,3}b"));
        assertEquals("'b'", need("(?:the\\s+)?b"));
        assertEquals("('a' & 'b')", need("a(?=x)b"));
        assertEquals("'x'", need("[abc]+x"));
        assertEquals("('ab' & 'c')", need("abb*c"));
    }

    @Test
    void aQuantifiedLetterEndsAPiece() {
        assertEquals("('ab' & 'c')", need("ab+c"));
        assertEquals("('a' & 'c')", need("a\\bc"));
    }

    @Test
    void anEscapedPunctuationMarkIsALetterOfThePiece() {
        assertEquals("'u.n.'", need("u\\.n\\."));
    }

    @Test
    void syntaxNotReadAsksForNothing() {
        for (String regex : List.of("(?i)abc", "\\Qabc\\E", "a\\x41b", "(?x) a b")) {
            assertFalse(RequiredText.of(Pattern.compile(regex)).asksForSomething(), regex);
        }
    }

    @Test
    void textIsComparedCaseFolded() {
        RequiredText r = RequiredText.of(Pattern.compile("took\\s+over", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE));
        assertTrue(r.mayMatch(RequiredText.fold("⟦P1⟧ TOOK OVER from ⟦P2⟧")));
        assertFalse(r.mayMatch(RequiredText.fold("⟦P1⟧ took command")));
        // the long s matches "s" under Unicode case-insensitive matching; folding keeps that
        assertTrue(RequiredText.of(Pattern.compile("sea", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE))
                .mayMatch(RequiredText.fold("\u017Fea")));
        assertTrue(Pattern.compile("sea", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE).matcher("\u017Fea").matches());
    }

    /** Every bundled rule is read, and most ask for some word. */
    @Test
    void theBundledRulesAreRead() {
        List<Rule> rules = RuleBook.bundled().rules();
        long asking = rules.stream().filter(r -> RequiredText.of(r.pattern()).asksForSomething()).count();
        assertTrue(asking > rules.size() / 2, asking + " of " + rules.size());
    }
}
