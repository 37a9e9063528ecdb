package org.missionkg.model;

import java.util.List;

/**
 * An article after annotation: the article itself, the cleaned view of its text (same length,
 * page noise blanked, no-break spaces and curly quotes made plain, so offsets still point into
 * the text as read) and its sentences.
 */
public record AnnotatedArticle(Article article, String cleanText, List<AnnotatedSentence> sentences) {
    public AnnotatedArticle {
        if (cleanText.length() != article.text().length()) {
            throw new IllegalArgumentException("the cleaned text must keep the article's length");
        }
        sentences = List.copyOf(sentences);
    }
}
