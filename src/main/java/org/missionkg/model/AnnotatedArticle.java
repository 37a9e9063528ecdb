package org.missionkg.model;

import java.util.List;

/**
 * An article after annotation: the article itself, the cleaned view of its text (same length,
 * page noise blanked, no-break spaces and curly quotes made plain, so offsets still point into
 * the text as read), its sentences and, only when CoreNLP's coreference ran (an experiment, off
 * by default), its coreference chains.
 */
public record AnnotatedArticle(Article article, String cleanText, List<AnnotatedSentence> sentences,
                               List<MentionChain> chains) {
    public AnnotatedArticle {
        if (cleanText.length() != article.text().length()) {
            throw new IllegalArgumentException("the cleaned text must keep the article's length");
        }
        sentences = List.copyOf(sentences);
        chains = List.copyOf(chains);
    }

    /** An annotation without coreference chains (the default pipeline). */
    public AnnotatedArticle(Article article, String cleanText, List<AnnotatedSentence> sentences) {
        this(article, cleanText, sentences, List.of());
    }
}
