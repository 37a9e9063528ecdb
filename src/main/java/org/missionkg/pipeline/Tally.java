package org.missionkg.pipeline;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** The writer's counts, and the report's lines keyed by the article's place in the input. */
final class Tally {
    final int total;
    int done;
    int stored;
    int unchanged;
    int screenedOut;
    int facts;
    long quads;
    final Map<Integer, List<String>> skipped = new TreeMap<>();
    final Map<Integer, List<String>> dropped = new TreeMap<>();
    final Map<Integer, List<String>> warnings = new TreeMap<>();

    Tally(int total) {
        this.total = total;
    }

    /** Counts an outcome; true when it has a graph to commit. */
    boolean take(Outcome o) {
        done++;
        switch (o.kind()) {
            case UNCHANGED -> unchanged++;
            case SCREENED_OUT -> screenedOut++;
            case SKIPPED -> skipped.put(o.index(), List.of(o.skipped()));
            case STORE -> {
                return true;
            }
        }
        return false;
    }

    void stored(Outcome o) {
        stored++;
        facts += o.facts();
        quads += o.graph().size();
        dropped.put(o.index(), o.dropped());
        warnings.put(o.index(), o.warnings());
    }

    List<String> lines(Map<Integer, List<String>> byIndex) {
        return byIndex.values().stream().flatMap(List::stream).toList();
    }
}
