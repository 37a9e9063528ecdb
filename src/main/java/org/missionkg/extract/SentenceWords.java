package org.missionkg.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.missionkg.model.AnnotatedSentence;
import org.missionkg.model.Token;

/**
 * A sentence's words as its parse graph's nodes will carry them, known before it is parsed: each word's lemma (lower
 * case, {@link ParseGraph#lemma(Token)}), text and tag, which the graph copies from the token, and the labels
 * ({@code ner} values) it may carry there ({@link ParseGraph#possibleLabels}), of which the parse decides some. What a
 * pattern's node needs of one word ({@link PatternNeeds}) is tested here, once a sentence for every node text.
 */
final class SentenceWords {
    /**
     * One word: what a Semgrex node can test before the parse, and its text in lower case, which names the relations
     * it marks ({@code obl:to}).
     */
    record Word(String lemma, String word, String tag, Set<String> labels, String lowerCase) {
        Word(String lemma, String word, String tag, Set<String> labels) {
            this(lemma, word, tag, labels, word == null ? null : word.toLowerCase(java.util.Locale.ROOT));
        }
    }

    private final List<Word> words;
    private final Map<String, Boolean> decided = new HashMap<>();

    SentenceWords(List<Word> words) {
        this.words = List.copyOf(words);
    }

    /** The words of a sentence with these slots. */
    static SentenceWords of(AnnotatedSentence s, List<Slot> slots,
                            java.util.function.Function<org.missionkg.model.EntityRef, org.missionkg.model.EntityRef> capitals) {
        List<Token> tokens = s.tokens();
        List<Set<String>> labels = ParseGraph.possibleLabels(s, slots, capitals);
        List<Word> words = new ArrayList<>(tokens.size());
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            words.add(new Word(ParseGraph.lemma(t), t.word(), t.pos(), labels.get(i)));
        }
        return new SentenceWords(words);
    }

    List<Word> words() {
        return words;
    }

    /**
     * Whether some word passes every test of a node; asked again for the same node text (rules share nodes such as
     * {@code {ner:PERSON}} or a lexicon class), the first answer is given.
     */
    boolean anyWord(PatternNeeds.OneWord node) {
        Boolean known = decided.get(node.text());
        if (known == null) {
            known = false;
            for (Word w : words) { // a loop, not a stream: this runs for every node of every sentence
                if (node.passedBy(w)) {
                    known = true;
                    break;
                }
            }
            decided.put(node.text(), known);
        }
        return known;
    }
}
