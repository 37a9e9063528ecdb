package org.missionkg.pipeline;

import java.util.List;
import org.apache.jena.graph.Graph;
import org.missionkg.model.Article;

/**
 * What a worker made of one article, handed to the single writer: a graph to store (with the
 * facts it holds and the lines to report once it is committed), or why nothing is stored.
 * {@code index} is the article's place in the batch, so the report lists in input order
 * whatever order the workers finished in.
 */
record Outcome(int index, Article article, Kind kind, Graph graph, int facts, List<String> dropped,
               List<String> warnings, String skipped) {
    enum Kind { STORE, UNCHANGED, SCREENED_OUT, SKIPPED }

    Outcome {
        dropped = List.copyOf(dropped);
        warnings = List.copyOf(warnings);
        if ((kind == Kind.STORE) != (graph != null)) {
            throw new IllegalArgumentException("a graph goes with STORE and only with it: " + kind);
        }
        if ((kind == Kind.SKIPPED) != (skipped != null)) {
            throw new IllegalArgumentException("a reason goes with SKIPPED and only with it: " + kind);
        }
    }

    static Outcome of(int index, Article article, Kind kind) {
        return new Outcome(index, article, kind, null, 0, List.of(), List.of(), null);
    }

    static Outcome skipped(int index, Article article, String why) {
        return new Outcome(index, article, Kind.SKIPPED, null, 0, List.of(), List.of(), why);
    }
}
