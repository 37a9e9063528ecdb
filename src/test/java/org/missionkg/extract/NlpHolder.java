package org.missionkg.extract;

import org.missionkg.resolve.ArticleMentions;

/** One extractor (and so one CoreNLP load, ~20-40 s) for every test class in the run. */
public final class NlpHolder {
    private static RuleBasedExtractor extractor;

    private NlpHolder() {
    }

    public static synchronized RuleBasedExtractor extractor() {
        if (extractor == null) {
            extractor = RuleBasedExtractor.create(ArticleMentions::over);
        }
        return extractor;
    }
}
