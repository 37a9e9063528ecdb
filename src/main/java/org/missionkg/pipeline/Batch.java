package org.missionkg.pipeline;

import java.util.ArrayList;
import java.util.List;

/** Mapped graphs waiting for their transaction. */
final class Batch {
    final List<Outcome> outcomes = new ArrayList<>();
    long since;

    void add(Outcome o) {
        if (outcomes.isEmpty()) {
            since = System.nanoTime();
        }
        outcomes.add(o);
    }

    int size() {
        return outcomes.size();
    }

    long age() {
        return (System.nanoTime() - since) / 1_000_000;
    }
}
