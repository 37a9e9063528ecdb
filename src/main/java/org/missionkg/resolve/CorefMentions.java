package org.missionkg.resolve;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.missionkg.model.AnnotatedArticle;
import org.missionkg.model.AnnotatedSentence;
import org.missionkg.model.MentionChain;
import org.missionkg.model.Token;

/**
 * An experiment, off by default: CoreNLP's own coreference chains offered to extraction as the
 * first choice where it settles a pronoun or a description ("he", "it", "its", "the general",
 * "the mission", "a French major general"). Each place asks the chain of the words it is
 * settling for the other mentions of the same thing; it falls back on its own reading when the
 * chain says nothing it can use. The chains exist only when the annotator ran coref
 * ({@code -Dmissionkg.coref=statistical|fastneural}, see {@code CoreNlpAnnotator.COREF_PROPERTY});
 * without them every question here answers "nothing" and extraction is what it always was.
 *
 * <p>Measured on the gold sets (dev/bench-coref, src/test/resources/README.md): see there whether it pays.
 */
public final class CorefMentions {
    private static final CorefMentions NONE = new CorefMentions(List.of(), List.of(), "");

    private final List<MentionChain> chains;
    private final List<AnnotatedSentence> sentences;
    private final String text;

    private CorefMentions(List<MentionChain> chains, List<AnnotatedSentence> sentences, String text) {
        this.chains = chains;
        this.sentences = sentences;
        this.text = text;
    }

    /** The chains of an annotated article (none when coref did not run). */
    public static CorefMentions of(AnnotatedArticle a) {
        return a.chains().isEmpty() ? NONE : new CorefMentions(a.chains(), a.sentences(), a.cleanText());
    }

    /** No chains: every question answers nothing. */
    public static CorefMentions none() {
        return NONE;
    }

    /** Whether there are chains to ask. */
    public boolean any() {
        return !chains.isEmpty();
    }

    /**
     * The other mentions of what the words {@code [begin, end)} mention: of the chain whose
     * narrowest mention covers them, the mentions before them, nearest first, then those after
     * them in text order. Empty when no chain covers them.
     */
    public List<MentionChain.Mention> others(int begin, int end) {
        MentionChain best = null;
        MentionChain.Mention at = null;
        for (MentionChain c : chains) {
            for (MentionChain.Mention m : c.mentions()) {
                if (m.covers(begin, end) && (at == null || m.end() - m.begin() < at.end() - at.begin())) {
                    best = c;
                    at = m;
                }
            }
        }
        if (best == null) {
            return List.of();
        }
        List<MentionChain.Mention> before = new ArrayList<>();
        List<MentionChain.Mention> after = new ArrayList<>();
        for (MentionChain.Mention m : best.mentions()) {
            if (m.equals(at)) {
                continue;
            }
            (m.begin() < at.begin() ? before : after).add(m);
        }
        java.util.Collections.reverse(before);
        List<MentionChain.Mention> out = new ArrayList<>(before);
        out.addAll(after);
        return out;
    }

    /**
     * The name of a person a mention holds: the longest run of tokens the tagger took for a
     * PERSON inside it ("Major General Jean Dupont" gives "Jean Dupont"), or empty.
     */
    public Optional<String> personName(MentionChain.Mention m) {
        if (m.sentence() < 0 || m.sentence() >= sentences.size()) {
            return Optional.empty();
        }
        AnnotatedSentence s = sentences.get(m.sentence());
        List<Token> t = s.tokens();
        int bestFrom = -1;
        int bestTo = -1;
        for (int i = m.tokenBegin(); i < Math.min(m.tokenEnd(), t.size()); i++) {
            if (!"PERSON".equals(t.get(i).ner())) {
                continue;
            }
            int j = i;
            while (j + 1 < Math.min(m.tokenEnd(), t.size()) && "PERSON".equals(t.get(j + 1).ner())) {
                j++;
            }
            if (j - i > bestTo - bestFrom) {
                bestFrom = i;
                bestTo = j;
            }
            i = j;
        }
        if (bestFrom < 0) {
            return Optional.empty();
        }
        return Optional.of(text.substring(t.get(bestFrom).begin(), t.get(bestTo).end()));
    }
}
