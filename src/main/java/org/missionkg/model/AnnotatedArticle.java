package org.missionkg.model;

import java.util.List;

/**
 * An article after annotation: the article itself, the cleaned view of its text (same length,
 * page noise blanked, no-break spaces and curly quotes made plain, so offsets still point into
 * the text as read), its sentences and, for those not parsed yet, their parses on demand.
 */
public record AnnotatedArticle(Article article, String cleanText, List<AnnotatedSentence> sentences,
                               SentenceParses parses) {
    public AnnotatedArticle {
        if (cleanText.length() != article.text().length()) {
            throw new IllegalArgumentException("the cleaned text must keep the article's length");
        }
        sentences = List.copyOf(sentences);
        parses = parses == null ? SentenceParses.NONE : parses;
    }

    /** An annotation whose sentences carry whatever parse they were given, and no more is to be had. */
    public AnnotatedArticle(Article article, String cleanText, List<AnnotatedSentence> sentences) {
        this(article, cleanText, sentences, SentenceParses.NONE);
    }

    /**
     * The sentence at this position with its parse: as it is when it has one, else parsed now (see
     * {@link SentenceParses}); unparsed when it is not one to parse.
     */
    public AnnotatedSentence withParse(int position) {
        AnnotatedSentence s = sentences.get(position);
        if (s.parsed()) {
            return s;
        }
        List<Dependency> d = parses.parse(position);
        return d.isEmpty() ? s : new AnnotatedSentence(s.index(), s.begin(), s.end(), s.tokens(), s.mentions(), d);
    }
}
