package org.missionkg.extract;

/** One extractor (and so one CoreNLP load, ~20-40 s) for every test class in the run. */
public final class NlpHolder {
    private static RuleBasedExtractor extractor;

    private NlpHolder() {
    }

    public static synchronized RuleBasedExtractor extractor() {
        if (extractor == null) {
            extractor = RuleBasedExtractor.create();
        }
        return extractor;
    }
}
