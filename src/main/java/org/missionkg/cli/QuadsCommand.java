package org.missionkg.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import org.missionkg.pipeline.QuadsIngest;
import org.missionkg.store.KnowledgeStore;

/** {@code ingest --quads DIR}: kept apart from {@link IngestCommand} so that the two ingests stay easy to read. */
final class QuadsCommand {
    private QuadsCommand() {
    }

    static int run(StoreOptions storeOptions, Path dir, boolean allShapes, PrintWriter out) {
        try (KnowledgeStore store = storeOptions.open()) {
            QuadsIngest.Report report = QuadsIngest.ingest(store, dir, allShapes);
            out.println(report.summary());
            out.flush();
            return ExitCodes.OK;
        }
    }
}
