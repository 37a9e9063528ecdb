package org.missionkg.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaSparkContext;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.missionkg.pipeline.IngestReport;
import org.missionkg.pipeline.Ingestor;
import org.missionkg.pipeline.StandardIngest;
import org.missionkg.store.KnowledgeStore;
import org.missionkg.vocab.Iris;
import org.missionkg.vocab.MKG;

/**
 * The Spark job in local mode ({@code local[2]}) over the seed corpus, the held-out set and three
 * off-topic articles gives,
 * article graph by article graph, the graphs the CLI's own ingest stores in a real TDB2 store from
 * the same files (with the screen on in both), apart from {@code mkg:ingestedAt}, the moment each ran.
 */
class SparkIngestIT {
    private static final Path ROOT = Path.of(System.getProperty("missionkg.root", "..")).toAbsolutePath().normalize();
    /** The seeds, a held-out set, and three off-topic articles (Markdown, JSON Lines, HTML) that the screen keeps out. */
    private static final List<Path> INPUTS = List.of(ROOT.resolve("data/articles"),
            ROOT.resolve("src/test/resources/heldout/articles"),
            Path.of("src/test/resources/offtopic").toAbsolutePath());

    @TempDir
    static Path dir;
    private static JavaSparkContext sc;

    @BeforeAll
    static void start() {
        sc = new JavaSparkContext(new SparkConf().setMaster("local[2]").setAppName("missionkg-test")
                .set("spark.ui.enabled", "false")
                .set("spark.driver.host", "127.0.0.1")
                .set("spark.driver.bindAddress", "127.0.0.1"));
    }

    @AfterAll
    static void stop() {
        if (sc != null) {
            sc.close();
        }
    }

    @Test
    void jobWritesTheGraphsTheCliIngestStores() throws IOException {
        IngestReport cli;
        try (KnowledgeStore store = KnowledgeStore.open(dir.resolve("store"))) {
            cli = StandardIngest.ingestor(store, Models.extractor(), true).ingest(INPUTS);
        }
        assertTrue(cli.skipped().isEmpty(), "the CLI skipped " + cli.skipped());

        String out = dir.resolve("out").toString();
        SparkIngest.Summary s = SparkIngest.run(sc, new SparkIngest.Job(INPUTS.stream().map(Path::toString).toList(),
                out, true, Ingestor.DEFAULT_ARTICLE_BUDGET, 0));
        System.out.println("spark: " + s.line() + "\ncli:   " + cli.summary());
        assertEquals(1, Models.loads(), "the executor's tasks share the one extractor the JVM loaded");
        assertTrue(s.skipped().isEmpty(), "the job skipped " + s.skipped());
        assertEquals(cli.read(), s.read());
        assertEquals(cli.stored(), s.written());
        assertEquals(cli.facts(), s.facts());
        assertEquals(cli.quadsWritten(), s.quads());
        assertEquals(cli.screenedOut(), s.screenedOut());
        assertEquals(s.read(), s.written() + s.screenedOut());
        assertEquals(3, s.screenedOut(), "the three off-topic articles");

        List<Path> parts = parts(Path.of(out));
        assertTrue(Files.exists(Path.of(out, "_SUCCESS")));
        assertEquals(s.partitions(), parts.size(), "one N-Quads file per partition: " + parts);
        assertTrue(s.partitions() > 1, "the job spread the files over partitions");
        DatasetGraph job = DatasetGraphFactory.createTxnMem();
        for (Path part : parts) {
            RDFDataMgr.read(job, part.toString(), Lang.NQUADS);
        }

        // The job's output goes into a TDB2 store of its own through the CLI's bulk load (ingest --quads): a
        // store keeps literals by value ("0.90"^^xsd:decimal comes back as "0.9"), so stores are what must agree.
        // (QuadsIngest is what `ingest --quads` runs; the CLI itself is not on this module's classpath without Fuseki.)
        try (KnowledgeStore fromJob = KnowledgeStore.open(dir.resolve("from-job"))) {
            org.missionkg.pipeline.QuadsIngest.Report loaded = org.missionkg.pipeline.QuadsIngest.ingest(fromJob, Path.of(out), true);
            System.out.println("ingest --quads: " + loaded.summary());
            assertEquals(cli.stored(), loaded.stored(), "every article graph of the output loaded");
            try (KnowledgeStore store = KnowledgeStore.open(dir.resolve("store"))) {
                Set<String> stored = new TreeSet<>(store.articleGraphs());
                assertEquals(stored, graphNames(job), "the same article graphs");
                assertEquals(stored, new TreeSet<>(fromJob.articleGraphs()));
                assertEquals(cli.stored(), stored.size());
                for (String g : stored) {
                    Graph a = store.read(dsg -> withoutIngestTime(dsg.getGraph(NodeFactory.createURI(g))));
                    Graph b = fromJob.read(dsg -> withoutIngestTime(dsg.getGraph(NodeFactory.createURI(g))));
                    assertEquals(1, job.getGraph(NodeFactory.createURI(g)).find(Node.ANY, MKG.ingestedAt.asNode(), Node.ANY)
                            .toList().size(), g);
                    assertTrue(a.isIsomorphicWith(b), g + " differs from the CLI's graph; only in the CLI's: "
                            + only(a, b) + "; only in the job's: " + only(b, a));
                }
            }
        }
    }

    private static List<Path> parts(Path out) throws IOException {
        try (Stream<Path> files = Files.list(out)) {
            return files.filter(p -> p.getFileName().toString().matches("part-.*\\.nq")).sorted().toList();
        }
    }

    private static Set<String> graphNames(DatasetGraph dsg) {
        Set<String> names = new TreeSet<>();
        dsg.listGraphNodes().forEachRemaining(n -> names.add(n.getURI()));
        assertFalse(names.isEmpty());
        return names;
    }

    private static List<Triple> only(Graph a, Graph b) {
        return a.find().filterDrop(b::contains).toList().stream().limit(5).toList();
    }

    private static Graph withoutIngestTime(Graph g) {
        Graph out = GraphFactory.createPlainGraph();
        List<Triple> kept = new ArrayList<>();
        g.find().filterDrop(t -> t.getPredicate().equals(MKG.ingestedAt.asNode())).forEachRemaining(kept::add);
        kept.forEach(out::add);
        return out;
    }
}
