package org.missionkg.pipeline;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.missionkg.model.BadInputException;
import org.missionkg.store.BulkLoader;
import org.missionkg.store.GraphEndpoint;
import org.missionkg.store.KnowledgeStore;
import org.missionkg.store.QuadFiles;
import org.missionkg.store.ShapesCheck;
import org.missionkg.store.ShapesReport;

/**
 * {@code ingest --quads DIR}: article graphs made elsewhere (the Spark job, another store's
 * export) loaded in bulk. Every file is read and checked first (syntax, one named graph per
 * article written whole, each graph holding its article; SHACL on the first graph of each file,
 * or on every graph with {@code allShapes}); any problem stops the run before anything is
 * written, naming the file. Article graphs already in the store are left as they are; the rest
 * go in through TDB2's bulk loader ({@link BulkLoader}); the derived graphs are brought up to
 * date once at the end.
 *
 * <pre>
 *   QuadsIngest.Report r = QuadsIngest.ingest(store, Path.of("out"), false);
 * </pre>
 */
public final class QuadsIngest {
    private QuadsIngest() {
    }

    /** What a quads ingest did; {@link #summary()} is the line the CLI prints. */
    public record Report(int files, int articles, int stored, int alreadyStored, long quads, String loader,
                         double checkSeconds, double loadSeconds, double derivedSeconds) {
        public String summary() {
            return String.format(Locale.ROOT, "quads files: %d, article graphs: %d, stored: %d, already stored: %d; "
                            + "quads loaded: %d (%s loader); check %.1f s, load %.1f s, derived graphs %.1f s",
                    files, articles, stored, alreadyStored, quads, loader, checkSeconds, loadSeconds, derivedSeconds);
        }
    }

    /** Checks every quads file in {@code dir}, then loads the article graphs not yet stored. */
    public static Report ingest(KnowledgeStore store, Path dir, boolean allShapes) {
        long t0 = System.nanoTime();
        List<Path> files = QuadFiles.in(dir);
        QuadFiles.Scan scan = check(files, allShapes);
        Set<Node> stored = store.read(dsg -> {
            Set<Node> out = new HashSet<>();
            scan.graphs().keySet().forEach(g -> {
                if (dsg.containsGraph(g)) {
                    out.add(g);
                }
            });
            return out;
        });
        long t1 = System.nanoTime();
        BulkLoader.Result load = scan.graphs().size() == stored.size() ? null : BulkLoader.load(store, files, stored);
        long t2 = System.nanoTime();
        DerivedGraphs.ensureFresh(store);
        long t3 = System.nanoTime();
        return new Report(files.size(), scan.graphs().size(), scan.graphs().size() - stored.size(), stored.size(),
                load == null ? 0 : load.quads(), load == null ? "no" : load.loader().name().toLowerCase(Locale.ROOT),
                (t1 - t0) / 1e9, (t2 - t1) / 1e9, (t3 - t2) / 1e9);
    }

    /**
     * Reads every file and checks its article graphs, writing nothing. SHACL costs about 8 ms an
     * article here (measured on synthetic articles), as much as loading them, so by default it
     * runs on each file's first graph only: enough to catch a producer that writes another shape.
     */
    public static QuadFiles.Scan check(List<Path> files, boolean allShapes) {
        Set<Path> checked = new HashSet<>();
        return QuadFiles.scan(files, (file, name, graph) -> {
            if (allShapes || checked.add(file)) {
                shapes(file, graph);
            }
        });
    }

    /** What a quads ingest to a remote endpoint did. */
    public record EndpointReport(int files, int articles, int written, int alreadyThere, double checkSeconds, double sendSeconds) {
        public String summary() {
            return String.format(Locale.ROOT, "quads files: %d, article graphs: %d, written to the endpoint: %d, already there: %d; "
                    + "check %.1f s, send %.1f s", files, articles, written, alreadyThere, checkSeconds, sendSeconds);
        }
    }

    /**
     * {@code ingest --quads DIR --to-endpoint URL}: the same checks, then each article graph the
     * endpoint does not hold yet goes there in one PUT (whole). A run cut short and started
     * again sends only what is missing; nothing is sent when a file is bad. No consolidation:
     * the remote store gets article graphs only.
     */
    public static EndpointReport toEndpoint(Path dir, boolean allShapes, GraphEndpoint endpoint) {
        long t0 = System.nanoTime();
        List<Path> files = QuadFiles.in(dir);
        QuadFiles.Scan scan = check(files, allShapes);
        long t1 = System.nanoTime();
        int[] counts = new int[2];
        QuadFiles.scan(files, (file, name, graph) -> {
            if (endpoint.has(name.getURI())) {
                counts[1]++;
            } else {
                endpoint.put(name.getURI(), graph);
                counts[0]++;
            }
        });
        return new EndpointReport(files.size(), scan.graphs().size(), counts[0], counts[1], (t1 - t0) / 1e9,
                (System.nanoTime() - t1) / 1e9);
    }

    private static void shapes(Path file, Graph graph) {
        ShapesReport report = ShapesCheck.standard().check(graph);
        if (!report.violations().isEmpty()) {
            ShapesReport.Violation v = report.violations().get(0);
            throw new BadInputException(file.toString(), "an article graph breaks shape " + v.shape() + " at " + v.path()
                    + ": " + v.message() + " (at " + v.focusNode() + ")"
                    + (report.violations().size() > 1 ? " (and " + (report.violations().size() - 1) + " more)" : ""));
        }
    }
}
