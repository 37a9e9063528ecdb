package org.missionkg.model;

import java.util.List;

/**
 * The dependency parses of an article's sentences, made when first asked for: parsing is the
 * dearest step of annotation, and the extractor asks only for the sentences a grammar rule could
 * match. Asked twice for one sentence, it gives the same parse without parsing again.
 */
public interface SentenceParses {
    /** No sentence can be parsed. */
    SentenceParses NONE = position -> List.of();

    /**
     * The parse of the sentence at this position in the article's sentence list, or an empty list
     * when it is not one to parse (it holds no trigger word, or is too long or too short).
     */
    List<Dependency> parse(int position);
}
