package org.missionkg.model;

import java.util.Objects;

/**
 * Where a fact comes from and how much to trust it: the article, the evidence in it, a
 * confidence in [0, 1], the rule that made it, and the date at which the article states it.
 * {@code dateSource} is null when the fact's dates are those its sentence states; otherwise it
 * says where a date the sentence does not give was taken from ("the date the article's lede
 * gives", "the publication date"), so that a reader can tell a stated date from a stand-in.
 */
public record Provenance(String articleId, Evidence evidence, double confidence, String rule, FuzzyDate asOf,
                         String dateSource) {
    public Provenance {
        Objects.requireNonNull(articleId, "articleId");
        Objects.requireNonNull(evidence, "evidence");
        Objects.requireNonNull(rule, "rule");
        if (!(confidence >= 0.0 && confidence <= 1.0)) {
            throw new IllegalArgumentException("confidence must be in [0, 1]: " + confidence);
        }
    }

    /** Provenance of a fact whose dates are all stated in its sentence. */
    public Provenance(String articleId, Evidence evidence, double confidence, String rule, FuzzyDate asOf) {
        this(articleId, evidence, confidence, rule, asOf, null);
    }

    /** The same provenance, saying where a date the sentence does not state came from. */
    public Provenance withDateSource(String source) {
        return new Provenance(articleId, evidence, confidence, rule, asOf, source);
    }
}
