package org.missionkg.model;

import java.util.List;

/** One sentence with its tokens and named-entity mentions; offsets point into the article text. */
public record AnnotatedSentence(int index, int begin, int end, List<Token> tokens, List<NerMention> mentions) {
    public AnnotatedSentence {
        tokens = List.copyOf(tokens);
        mentions = List.copyOf(mentions);
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
