package org.missionkg.model;

import java.util.List;

/**
 * One sentence with its tokens and named-entity mentions; offsets point into the article text.
 * {@code dependencies} is the sentence's dependency parse, or empty when it was not parsed (only
 * sentences that hold a trigger word are: parsing costs as much as the rest of the pipeline).
 */
public record AnnotatedSentence(int index, int begin, int end, List<Token> tokens, List<NerMention> mentions,
                                List<Dependency> dependencies) {
    public AnnotatedSentence {
        tokens = List.copyOf(tokens);
        mentions = List.copyOf(mentions);
        dependencies = List.copyOf(dependencies);
    }

    /** A sentence without a parse. */
    public AnnotatedSentence(int index, int begin, int end, List<Token> tokens, List<NerMention> mentions) {
        this(index, begin, end, tokens, mentions, List.of());
    }

    /** Whether the sentence was parsed. */
    public boolean parsed() {
        return !dependencies.isEmpty();
    }

    /** The tokens' words, in order. */
    public List<String> words() {
        return tokens.stream().map(Token::word).toList();
    }

    /** The tokens' part-of-speech tags, in order. */
    public List<String> posTags() {
        return tokens.stream().map(Token::pos).toList();
    }
}
