package org.missionkg.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.missionkg.pipeline.Ingestor;
import org.missionkg.pipeline.StandardIngest;
import org.missionkg.pipeline.IngestReport;
import org.missionkg.store.GraphEndpoint;
import org.missionkg.store.KnowledgeStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code missionkg ingest [--store DIR] PATH...} */
@Command(name = "ingest", mixinStandardHelpOptions = true,
        // one paragraph: picocli wraps it to the terminal's width
        description = "Reads articles (files or folders: *.txt and *.md with optional YAML front matter, *.jsonl; "
                + "saved pages *.html, *.htm, *.xhtml; crawls *.warc, *.warc.gz; feeds *.rss, *.atom, and *.xml named "
                + "on the command line), extracts their facts and stores one named graph per article. Unchanged "
                + "articles are skipped; a changed one is replaced whole. Bad files are reported on one line each and skipped.")
final class IngestCommand extends StoreCommand {
    @Option(names = "--no-extract", description = "Store article metadata and text only (no NLP, fast).")
    boolean noExtract;

    @Option(names = "--screen", description = {"Send only articles that look like mission news (mission names, known people,",
            "ranks and roles, military words) to the NLP; the rest are counted as screened out and not stored."})
    boolean screen;

    @Option(names = "--article-timeout", defaultValue = "120", paramLabel = "SECONDS",
            description = "Skip an article whose extraction takes longer than this (default: ${DEFAULT-VALUE}).")
    int articleTimeoutSeconds;

    @Option(names = "--workers", paramLabel = "N",
            description = "Articles worked on at once (default: the number of cores).")
    Integer workers;

    @Option(names = "--batch", defaultValue = "" + Ingestor.DEFAULT_BATCH, paramLabel = "N",
            description = "Articles stored per transaction (default: ${DEFAULT-VALUE}; a batch is also stored every 5 s).")
    int batch;

    @Option(names = "--progress-every", defaultValue = "100", paramLabel = "N",
            description = "When standard error is not a terminal, a progress line every N articles (default: ${DEFAULT-VALUE}).")
    int progressEvery;

    @Parameters(paramLabel = "PATH", arity = "0..*", description = "Article files or folders.")
    List<Path> paths;

    @Option(names = "--quads", paramLabel = "DIR", description = {"Bulk-load article graphs made elsewhere (e.g. the Spark job): every",
            ".nq, .nq.gz, .trig and .trig.gz file in DIR, one named graph per article. All files are checked",
            "before anything is written; article graphs already stored are left as they are."})
    Path quads;

    @Option(names = "--check-shapes", description = "With --quads: check every article graph against the SHACL shapes "
            + "(default: the first graph of each file; about 8 ms an article).")
    boolean checkShapes;

    @Option(names = "--to-endpoint", paramLabel = "URL", description = {"Also write each article graph to a remote SPARQL 1.1",
            "Graph Store Protocol endpoint (e.g. a Fuseki dataset's /data), one PUT per graph, replacing it whole.",
            "With --quads: only to the endpoint, graphs it already holds are skipped. Credentials from",
            "MISSIONKG_ENDPOINT_USER and MISSIONKG_ENDPOINT_PASSWORD, or --endpoint-credentials."})
    String toEndpoint;

    @Option(names = "--endpoint-credentials", paramLabel = "FILE",
            description = "A file with user=NAME and password=SECRET lines for --to-endpoint (instead of the environment).")
    Path endpointCredentials;

    /** The report as ingest and serve --load print it: one line per skipped input, left-out fact and warning. */
    static void print(IngestReport report, java.io.PrintWriter out, java.io.PrintWriter err) {
        report.skipped().forEach(s -> err.println("skipped: " + s));
        report.dropped().forEach(s -> err.println("left out: " + s));
        report.warnings().forEach(s -> err.println("warning: " + s));
        err.flush();
        out.println(report.summary());
        out.flush();
    }

    @Override
    public Integer call() {
        if ((quads == null) == (paths == null || paths.isEmpty())) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(),
                    "give article files or folders (PATH...), or --quads DIR, not both");
        }
        if (endpointCredentials != null && toEndpoint == null) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--endpoint-credentials needs --to-endpoint URL");
        }
        java.io.PrintWriter err = spec.commandLine().getErr();
        for (var o : java.util.Map.of("--workers", workers == null ? 1 : workers, "--batch", batch,
                "--progress-every", progressEvery).entrySet()) {
            if (o.getValue() < 1) {
                throw new picocli.CommandLine.ParameterException(spec.commandLine(), o.getKey() + " must be at least 1, not " + o.getValue());
            }
        }
        GraphEndpoint endpoint = toEndpoint == null ? null
                : GraphEndpoint.connect(toEndpoint, GraphEndpoint.Credentials.from(System.getenv(), endpointCredentials));
        if (quads != null) {
            return QuadsCommand.run(storeOptions, quads, checkShapes, endpoint, spec.commandLine().getOut());
        }
        ProgressView progress = ProgressView.forConsole(err, progressEvery);
        CountDownLatch finished = new CountDownLatch(1);
        Thread onCtrlC = null;
        try {
            try (KnowledgeStore store = storeOptions.open()) {
                Ingestor ingestor = StandardIngest.builder(store, !noExtract, screen, err,
                                StoreOptions.seconds("--article-timeout", articleTimeoutSeconds))
                        .workers(workers == null ? Runtime.getRuntime().availableProcessors() : workers)
                        .batch(batch)
                        .progress(progress)
                        .beforeStore(endpoint == null ? null : endpoint::put)
                        .build();
                onCtrlC = stopOnCtrlC(ingestor, finished, err);
                IngestReport report = ingestor.ingest(paths);
                progress.finish();
                print(report, spec.commandLine().getOut(), err);
                return report.hasProblems() ? ExitCodes.BAD_INPUT : ExitCodes.OK;
            }
        } finally {
            finished.countDown(); // the store is closed: a Ctrl-C hook waiting for it may let the process end
            if (onCtrlC != null) {
                try {
                    Runtime.getRuntime().removeShutdownHook(onCtrlC);
                } catch (IllegalStateException shuttingDown) {
                    // Ctrl-C came: the hook is running and ends now that the ingest has
                }
            }
        }
    }

    /**
     * Ctrl-C (SIGINT) or SIGTERM runs the JVM's shutdown hooks while the ingest goes on: this one
     * asks the ingest to stop after the batch in hand and holds the process open until that batch
     * is committed, the derived graphs are brought up to date and the store is closed.
     */
    private static Thread stopOnCtrlC(Ingestor ingestor, CountDownLatch finished, java.io.PrintWriter err) {
        Thread hook = new Thread(() -> {
            ingestor.stop();
            err.println();
            err.println("missionkg: stopping after the batch in hand; what is stored stays, "
                    + "and the same ingest run again does the rest");
            err.flush();
            try {
                finished.await(10, TimeUnit.MINUTES);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "missionkg-stop");
        Runtime.getRuntime().addShutdownHook(hook);
        return hook;
    }
}
