package org.missionkg.extract;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The grammar rules as data: they load, every rule has examples, and mistakes are named with their line. */
class GrammarRulesTest {
    @Test
    void bundledGrammarLoadsWithExamplesForEveryRule() {
        GrammarRules g = GrammarRules.bundled();
        assertFalse(g.rules().isEmpty());
        for (GrammarRules.GrammarRule r : g.rules()) {
            assertFalse(r.examples().isEmpty(), r.id() + " has no example");
            if (r.kind().equals("event")) {
                assertTrue(r.eventType() != null, r.id() + " has no event type");
            }
        }
        assertTrue(g.triggerLemmas().containsAll(List.of("take", "replace", "extend", "suspend")));
    }

    @Test
    void lexiconClassesExpandIntoLemmaAlternations() {
        var p = GrammarRules.compile("{lemma:$x}=trigger >/nsubj/ {}=s", "test", 1, Map.of("x", List.of("a", "b")));
        assertTrue(p.pattern().contains("{lemma:/a|b/}=trigger"), p.pattern());
    }

    @Test
    void anUnknownLexiconClassIsNamedWithItsLine() {
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> GrammarRules.parse("rule: grammar.event.x\ntype: launch\npattern: {lemma:$nope}=trigger\n", "f.semgrex", Map.of()));
        assertTrue(e.getMessage().contains("f.semgrex [line 1]") && e.getMessage().contains("nope"), e.getMessage());
    }

    @Test
    void aBrokenPatternIsNamedWithItsLine() {
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> GrammarRules.parse("\nrule: grammar.command.x\npattern: {lemma:take}=trigger >>> (\n", "f.semgrex",
                        Map.of("t", List.of("take"))));
        assertTrue(e.getMessage().contains("f.semgrex [line 2]: bad pattern"), e.getMessage());
    }

    @Test
    void aTriggerLemmaOutsideTheLexiconIsRefused() {
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> GrammarRules.parse("rule: grammar.command.x\npattern: {lemma:/take|seize/}=trigger >/nsubj/ {}=s\n",
                        "f.semgrex", Map.of("t", List.of("take"))));
        assertTrue(e.getMessage().contains("'seize' is not in lexicon.tsv"), e.getMessage());
    }
}
