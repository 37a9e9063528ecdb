package org.missionkg.cli;

import java.io.PrintWriter;
import org.missionkg.pipeline.Ingestor;
import org.missionkg.store.KnowledgeStore;

/** Wires the stages together for the commands, so every command ingests the same way. */
final class Pipelines {
    private Pipelines() {
    }

    static Ingestor ingestor(KnowledgeStore store, boolean extract, PrintWriter err) {
        return Ingestor.create(store).build();
    }
}
