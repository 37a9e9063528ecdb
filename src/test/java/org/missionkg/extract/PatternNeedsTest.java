package org.missionkg.extract;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * What a Semgrex pattern needs of a sentence before it could match: a sentence turned away must be
 * one the pattern cannot match (else the parser would be skipped where a fact was to be had), so
 * whatever the reading is unsure of asks for nothing.
 */
class PatternNeedsTest {
    private static final Set<String> ANY_LABEL = Set.of("O");

    private static boolean met(String pattern, Set<String> lemmas, Set<String> labels) {
        return PatternNeeds.of(pattern).metBy(lemmas, labels);
    }

    @Test
    void everyRequiredNodeNeedsItsLemmaAndLabel() {
        String p = "{lemma:/take|assume/}=trigger >/nsubj/ {ner:PERSON}=new >obj {lemma:command}";
        assertTrue(met(p, Set.of("take", "command", "the"), Set.of("O", "PERSON")));
        assertFalse(met(p, Set.of("take", "the"), Set.of("O", "PERSON")), "no 'command'");
        assertFalse(met(p, Set.of("assume", "command"), ANY_LABEL), "no person");
        assertFalse(met(p, Set.of("receive", "command"), Set.of("PERSON")), "no trigger lemma");
    }

    @Test
    void anOptionalOrNegatedRelationAsksForNothing() {
        String p = "{lemma:take}=trigger ?>/nmod:of/ ({lemma:command} >/x/ {ner:MISSION}) !>/obj/ {lemma:base}";
        assertTrue(met(p, Set.of("take"), ANY_LABEL));
    }

    @Test
    void oneBranchOfAnAlternationIsEnough() {
        String p = "{tag:/VB[DN]/}=trigger [ >/obl:tmod|appos/ ({lemma:day} >/amod/ {lemma:first}) | >/obl:on/ {ner:/MISSION|IT/} ]";
        assertTrue(met(p, Set.of("day", "first"), ANY_LABEL));
        assertTrue(met(p, Set.of("land"), Set.of("O", "IT")));
        assertFalse(met(p, Set.of("day"), ANY_LABEL), "half of the first branch, none of the second");
    }

    @Test
    void barsInsideRegularExpressionsAreNoAlternation() {
        String p = "{lemma:end;tag:/VB[ZP]|VBD/}=trigger >/nsubj|nsubj:pass/ {ner:/MISSION|IT/}=mission";
        assertTrue(met(p, Set.of("end"), Set.of("IT")));
        assertFalse(met(p, Set.of("end"), ANY_LABEL));
    }

    @Test
    void whatItCannotReadAsksForNothing() {
        // a lemma by any other regular expression, a negated value, an alternation outside brackets
        assertTrue(met("{lemma:/tak.*/}=trigger", Set.of("x"), ANY_LABEL));
        assertTrue(met("{lemma:!take}=trigger", Set.of("x"), ANY_LABEL));
        assertSame(PatternNeeds.NOTHING, PatternNeeds.of("{lemma:take}=trigger >obj {} | >nsubj {}"));
        assertSame(PatternNeeds.NOTHING, PatternNeeds.of("{lemma:take}=trigger >/obj"));
    }

    @Test
    void theBundledRulesAreAllRead() {
        // each bundled rule's needs are read (none falls back to needing nothing), so none costs a parse for nothing
        for (GrammarRules.GrammarRule r : GrammarRules.bundled().rules()) {
            assertFalse(r.needs() == PatternNeeds.NOTHING, r.id() + " is not read: " + r.source());
        }
    }
}
