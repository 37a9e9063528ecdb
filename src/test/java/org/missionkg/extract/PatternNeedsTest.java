package org.missionkg.extract;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.semgrex.SemgrexPattern;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * What a Semgrex pattern needs of a sentence before it could match: a sentence turned away must be
 * one the pattern cannot match (else the parser would be skipped where a fact was to be had), so
 * whatever the reading is unsure of asks for nothing, and what it reads it tests as Semgrex does.
 */
class PatternNeedsTest {
    /** A sentence of words given as "lemma/TAG/LABEL" (the word's text is its lemma). */
    private static SentenceWords words(String... spec) {
        List<SentenceWords.Word> out = new ArrayList<>();
        for (String s : spec) {
            String[] f = s.split("/");
            out.add(new SentenceWords.Word(f[0], f[0], f[1], Set.of(f[2].split("\\|"))));
        }
        return new SentenceWords(out);
    }

    private static boolean met(String pattern, String... spec) {
        return PatternNeeds.of(pattern).metBy(words(spec));
    }

    @Test
    void everyRequiredNodeNeedsAWordWithItsLemmaAndLabel() {
        String p = "{lemma:/take|assume/}=trigger >/nsubj/ {ner:PERSON}=new >obj {lemma:command}";
        assertTrue(met(p, "take/VBD/O", "command/NN/O", "smith/NNP/PERSON"));
        assertFalse(met(p, "take/VBD/O", "smith/NNP/PERSON"), "no 'command'");
        assertFalse(met(p, "assume/VBD/O", "command/NN/O"), "no person");
        assertFalse(met(p, "receive/VBD/O", "command/NN/O", "smith/NNP/PERSON"), "no trigger lemma");
    }

    @Test
    void aNodesTestsAreOfOneWord() {
        String p = "{lemma:/end|close/;tag:/VB[DN]/}=trigger >/nsubj/ {lemma:/operation|mission/;ner:O}";
        assertTrue(met(p, "end/VBD/O", "operation/NN/O"));
        assertFalse(met(p, "end/NN/O", "close/JJ/O", "operation/NN/O", "say/VBD/O"), "no 'end' or 'close' tagged VBD or VBN");
        assertFalse(met(p, "end/VBN/O", "operation/NNP/MISSION", "mission/NN/MISSION"),
                "'operation' only inside a mission's name, where it is no O");
        assertTrue(met(p, "end/VBN/O", "operation/NNP/MISSION", "mission/NN/O|MISSION"), "a word that may stay O");
    }

    @Test
    void anOptionalOrNegatedRelationAsksForNothing() {
        String p = "{lemma:take}=trigger ?>/nmod:of/ ({lemma:command} >/x/ {ner:MISSION}) !>/obj/ {lemma:base}";
        assertTrue(met(p, "take/VB/O"));
    }

    @Test
    void oneBranchOfAnAlternationIsEnough() {
        String p = "{tag:/VB[DN]/}=trigger [ >/obl:tmod|appos/ ({lemma:day} >/amod/ {lemma:first}) | >/obl:on/ {ner:/MISSION|IT/} ]";
        assertTrue(met(p, "land/VBD/O", "day/NN/O", "first/JJ/O"));
        assertTrue(met(p, "land/VBN/O", "on/IN/O", "it/PRP/IT"));
        assertFalse(met(p, "land/VBD/O", "day/NN/O"), "half of the first branch, none of the second");
        assertFalse(met(p, "land/VBZ/O", "day/NN/O", "first/JJ/O"), "no verb of the trigger's tags");
    }

    @Test
    void aRelationNamedAfterItsCaseWordNeedsThatWord() {
        String p = "{lemma:hand}=trigger >/nsubj/ {ner:PERSON} >/obl:to|obl:toward/ {ner:PERSON}";
        assertTrue(met(p, "hand/VBD/O", "smith/NNP/PERSON", "To/TO/O"), "the word in any case");
        assertTrue(met(p, "hand/VBD/O", "smith/NNP/PERSON", "toward/IN/O"));
        assertFalse(met(p, "hand/VBD/O", "smith/NNP/PERSON", "over/RP/O"), "no 'to', no 'toward'");
        assertFalse(met("{lemma:lead}=trigger >/obl:agent/ {ner:PERSON}", "lead/VBN/O", "smith/NNP/PERSON"), "no 'by'");
        assertTrue(met("{lemma:lead}=trigger >/obl:agent/ {ner:PERSON}", "lead/VBN/O", "By/IN/O", "smith/NNP/PERSON"));
        // the parser's own subtypes, a relation of no case word, one name of several without a word, an optional relation
        for (String rel : List.of(">/nmod:poss/", ">/obl:tmod/", ">obj", ">/obl:to|obj/", ">/obl(:.*)?/", "?>/obl:to/", ">>")) {
            assertTrue(met("{lemma:hand}=trigger " + rel + " {ner:PERSON}", "hand/VB/O", "smith/NNP/PERSON"), rel);
        }
    }

    @Test
    void barsInsideRegularExpressionsAreNoAlternation() {
        String p = "{lemma:end;tag:/VB[ZP]|VBD/}=trigger >/nsubj|nsubj:pass/ {ner:/MISSION|IT/}=mission";
        assertTrue(met(p, "end/VBD/O", "it/PRP/IT"));
        assertFalse(met(p, "end/VBD/O"));
    }

    @Test
    void aRegularExpressionIsMatchedAsSemgrexMatchesIt() {
        // the whole value, not a part of it; a dot is any character
        assertTrue(met("{lemma:/tak.*/}=trigger", "taken/VBN/O"));
        assertFalse(met("{lemma:/tak/}=trigger", "taken/VBN/O"));
        assertTrue(met("{lemma:/gen./}=trigger", "gent/NN/O"));
        assertTrue(met("{word:/^Marines$/}", "Marines/NNPS/O"));
    }

    @Test
    void whatItCannotReadAsksForNothing() {
        // a negated value, Semgrex's "anything", another key, an alternation outside brackets, a broken pattern
        assertTrue(met("{lemma:!take}=trigger", "x/NN/O"));
        assertTrue(met("{lemma:__}=trigger", "x/NN/O"));
        assertTrue(met("{idx:3}=trigger", "x/NN/O"));
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

    private static final Pattern NODE = Pattern.compile("\\{[^{}]*\\}");
    private static final List<String> TAGS = List.of("NN", "NNS", "NNP", "NNPS", "VB", "VBD", "VBG", "VBN", "VBP", "VBZ",
            "JJ", "RB", "RP", "IN", "CD", "DT", "PRP", "PRP$", "MD", "TO", "WP", "CC");
    private static final List<String> LABELS = List.of("O", "PERSON", "MISSION", "IT", "DESCRIBED", "COUNTRY", "PLACE",
            "ORGANIZATION", "NUMBER", "DATE", "ROLE", "SHIP", "DEMONYM");

    /**
     * Every node of every bundled rule, on sample words (each lemma and word the grammar names, a few it does not,
     * capitalised and not, under every tag and label here): wherever Semgrex's own node test passes a word, the one read
     * here passes it too. So the reading never turns away a word a node could match, whatever it leaves out.
     */
    @Test
    void noNodeTurnsAwayAWordSemgrexWouldMatch() {
        Set<String> nodes = new LinkedHashSet<>();
        for (GrammarRules.GrammarRule r : GrammarRules.bundled().rules()) {
            Matcher m = NODE.matcher(GrammarRules.expand(r.source(), "test", 0, lexicon()));
            while (m.find()) {
                nodes.add(m.group());
            }
        }
        int checked = 0;
        for (String node : nodes) {
            SemgrexPattern semgrex = SemgrexPattern.compile(node);
            PatternNeeds.Needs needs = PatternNeeds.of(node);
            // the words this node names, and some it does not
            Set<String> names = new LinkedHashSet<>(List.of("x", "say", "Marines", "gen.", "general"));
            for (Matcher w = Pattern.compile("[A-Za-z][A-Za-z.'-]*").matcher(node); w.find(); ) {
                names.add(w.group());
            }
            for (String name : names) {
                for (String text : new LinkedHashSet<>(List.of(name, name.toLowerCase(java.util.Locale.ROOT)))) {
                    for (String tag : TAGS) {
                        for (String label : LABELS) {
                            if (semgrex.matcher(oneWordGraph(text, tag, label)).find()) {
                                checked++;
                                SentenceWords w = new SentenceWords(List.of(new SentenceWords.Word(text, text, tag, Set.of(label))));
                                assertTrue(needs.metBy(w), node + " turns away " + text + "/" + tag + "/" + label);
                            }
                        }
                    }
                }
            }
        }
        assertTrue(checked > 1000, "too few words matched to tell: " + checked);
    }

    private static java.util.Map<String, List<String>> lexicon;

    private static java.util.Map<String, List<String>> lexicon() {
        if (lexicon == null) {
            try (var in = PatternNeedsTest.class.getResourceAsStream("/grammar/lexicon.tsv")) {
                lexicon = GrammarRules.lexicon(new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8));
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }
        return lexicon;
    }

    /** A graph of one word, its node made as {@link ParseGraph} makes nodes: lemma and text the same here. */
    private static SemanticGraph oneWordGraph(String text, String tag, String label) {
        CoreLabel cl = new CoreLabel();
        cl.setWord(text);
        cl.setValue(text);
        cl.setOriginalText(text);
        cl.setLemma(text);
        cl.setTag(tag);
        cl.setNER(label);
        cl.setIndex(1);
        cl.setSentIndex(0);
        SemanticGraph g = new SemanticGraph();
        IndexedWord w = new IndexedWord(cl);
        g.addVertex(w);
        g.addRoot(w);
        return g;
    }
}
