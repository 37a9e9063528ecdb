package org.missionkg.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import org.missionkg.pipeline.QuadsIngest;
import org.missionkg.store.GraphEndpoint;
import org.missionkg.store.KnowledgeStore;

/** {@code ingest --quads DIR [--to-endpoint URL]}: kept apart from {@link IngestCommand} so that the two ingests stay easy to read. */
final class QuadsCommand {
    private QuadsCommand() {
    }

    static int run(StoreOptions storeOptions, Path dir, boolean allShapes, GraphEndpoint endpoint, PrintWriter out) {
        if (endpoint != null) {
            out.println(QuadsIngest.toEndpoint(dir, allShapes, endpoint).summary());
            out.flush();
            return ExitCodes.OK;
        }
        try (KnowledgeStore store = storeOptions.open()) {
            QuadsIngest.Report report = QuadsIngest.ingest(store, dir, allShapes);
            out.println(report.summary());
            out.flush();
            return ExitCodes.OK;
        }
    }
}
