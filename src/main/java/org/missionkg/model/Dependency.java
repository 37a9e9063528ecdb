package org.missionkg.model;

/**
 * One edge of a sentence's dependency parse (Universal Dependencies, enhanced++): the governor
 * and the dependent as token positions in the sentence (0-based; governor -1 for the root) and
 * the relation as CoreNLP names it ("nsubj", "obl:on", "nmod:of", "nsubj:pass").
 */
public record Dependency(int governor, String relation, int dependent) {
    public static final int ROOT = -1;
}
