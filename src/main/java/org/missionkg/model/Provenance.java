package org.missionkg.model;

import java.util.Objects;

/**
 * Where a fact comes from and how much to trust it: the article, the evidence in it, a
 * confidence in [0, 1], the rule that made it, and the date at which the article states it.
 */
public record Provenance(String articleId, Evidence evidence, double confidence, String rule, FuzzyDate asOf) {
    public Provenance {
        Objects.requireNonNull(articleId, "articleId");
        Objects.requireNonNull(evidence, "evidence");
        Objects.requireNonNull(rule, "rule");
        if (!(confidence >= 0.0 && confidence <= 1.0)) {
            throw new IllegalArgumentException("confidence must be in [0, 1]: " + confidence);
        }
    }
}
