package org.missionkg.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import org.missionkg.pipeline.DerivedGraphs;
import org.missionkg.pipeline.IngestReport;
import org.missionkg.serve.KgServer;
import org.missionkg.store.KnowledgeStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code missionkg serve [--store DIR] [--port 3030] [--load PATH...]} */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"Serves the store read-only over SPARQL with an embedded Fuseki:",
                "  http://localhost:PORT/kg/sparql (query), /kg/get (graph store, read), / (a page for people).",
                "With an empty store and no --load, it first ingests the bundled corpus (data/articles)."})
final class ServeCommand extends StoreCommand {
    /** data/articles in the project folder: the launcher names it in {@code missionkg.home}, else the current folder. */
    static final Path BUNDLED_CORPUS = Path.of(System.getProperty("missionkg.home", ""), "data", "articles");

    @Option(names = "--port", defaultValue = "3030", description = "HTTP port (default: ${DEFAULT-VALUE}; 0 picks a free one).")
    int port;

    @Option(names = "--load", paramLabel = "PATH", arity = "1..*", description = "Ingest these files or folders first.")
    List<Path> load;

    @Option(names = "--timeout", defaultValue = "30", paramLabel = "SECONDS",
            description = "Cut any query after this many seconds (default: ${DEFAULT-VALUE}).")
    int timeoutSeconds;

    @Option(names = "--max-queries", defaultValue = "" + KgServer.DEFAULT_MAX_CONCURRENT, paramLabel = "N",
            description = "Run at most N queries at once; more wait up to 5 s, then get 503 (default: ${DEFAULT-VALUE}).")
    int maxQueries;

    @Option(names = "--max-result-mb", defaultValue = "256", paramLabel = "MB",
            description = "Refuse an answer larger than this many megabytes (HTTP 500, none of it sent) (default: ${DEFAULT-VALUE}).")
    int maxResultMb;

    @Option(names = "--public", description = "Listen on every network interface, not only localhost.")
    boolean everyInterface;

    @Override
    public Integer call() throws InterruptedException {
        var out = spec.commandLine().getOut();
        var err = spec.commandLine().getErr();
        int exit = ExitCodes.OK;
        try (KnowledgeStore store = storeOptions.open()) {
            List<Path> toLoad = load;
            if (toLoad == null && store.articleGraphs().isEmpty() && Files.isDirectory(BUNDLED_CORPUS)) {
                out.println("The store is empty: ingesting the bundled corpus " + BUNDLED_CORPUS + " first.");
                toLoad = List.of(BUNDLED_CORPUS);
            }
            if (toLoad != null) {
                IngestReport report = org.missionkg.pipeline.StandardIngest.ingestor(store, true, err).ingest(toLoad);
                IngestCommand.print(report, out, err);
                if (report.hasProblems()) {
                    exit = ExitCodes.BAD_INPUT;
                }
            } else if (DerivedGraphs.ensureFresh(store)) {
                err.println("missionkg: " + DerivedGraphs.lastUpdateMessage());
                err.flush();
            }
            KgServer server = KgServer.create().dataset(store.dataset()).port(port)
                    .loopback(!everyInterface).timeoutMillis(StoreOptions.seconds("--timeout", timeoutSeconds).toMillis())
                    .maxConcurrent(Math.max(1, maxQueries)).maxResponseBytes(Math.max(1, maxResultMb) * 1024L * 1024L)
                    .build().start();
            out.println("missionkg is serving " + store.articleGraphs().size() + " articles from " + store.location());
            out.println("  page for people:  " + server.url() + "/");
            out.println("  SPARQL endpoint:  " + server.sparqlUrl());
            out.println("  graph store read: " + server.graphStoreUrl());
            out.println("Press Ctrl-C to stop.");
            out.flush();
            CountDownLatch stopped = new CountDownLatch(1);
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                server.stop();
                stopped.countDown();
            }, "missionkg-shutdown"));
            stopped.await();
        }
        return exit;
    }
}
