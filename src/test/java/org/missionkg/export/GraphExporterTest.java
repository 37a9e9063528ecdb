package org.missionkg.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.graph.GraphFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.missionkg.TestFiles;
import org.missionkg.cli.CliRun;
import org.missionkg.model.BadInputException;
import org.missionkg.pipeline.Ingestor;
import org.missionkg.store.KnowledgeStore;
import org.missionkg.vocab.Iris;

/** Export round trips: what is written parses back to exactly what the store holds. */
class GraphExporterTest {
    private static final String ARTICLE = Iris.articleGraph("002_c6492637f5053c95");

    @TempDir
    static Path dir;
    static Path storeDir;

    @TempDir
    Path out;

    /** The store is closed between tests: the CLI runs open it themselves. */
    @BeforeAll
    static void ingestTheSeed() {
        storeDir = dir.resolve("store");
        try (KnowledgeStore store = KnowledgeStore.open(storeDir)) {
            assertEquals(5, Ingestor.create(store).build().ingest(List.of(TestFiles.SEED_CORPUS)).stored());
            store.replaceGraph(Iris.REFERENCE_GRAPH, turtle("<https://w3id.org/missionkg/id/country/canada> "
                    + "<http://www.w3.org/2000/01/rdf-schema#label> \"Canada\"@en ."));
            // this hand-made reference graph stands for the derived graphs: the CLI runs below would
            // otherwise rebuild them (the real reference graph's blank nodes break the round trips)
            org.missionkg.pipeline.DerivedGraphs.markFresh(store);
        }
    }

    @Test
    void turtleOfAllGraphsIsTheirUnion() {
        try (KnowledgeStore store = KnowledgeStore.open(storeDir)) {
            Graph exported = parseGraph(export(store, null, GraphExporter.Format.TTL), Lang.TURTLE);
            Graph union = store.read(dsg -> {
                Graph g = GraphFactory.createDefaultGraph();
                dsg.find(Node.ANY, Node.ANY, Node.ANY, Node.ANY).forEachRemaining(q -> g.add(q.asTriple()));
                return g;
            });
            assertTrue(union.size() > 50);
            assertTrue(exported.isIsomorphicWith(union), "the Turtle is not the union of the named graphs");
        }
    }

    @Test
    void trigAndNQuadsKeepEveryQuadInItsGraph() {
        try (KnowledgeStore store = KnowledgeStore.open(storeDir)) {
            Set<Quad> stored = quads(store.dataset());
            for (var format : List.of(GraphExporter.Format.TRIG, GraphExporter.Format.NQ)) {
                String text = export(store, "all", format);
                DatasetGraph back = parseDataset(text, format == GraphExporter.Format.TRIG ? Lang.TRIG : Lang.NQUADS);
                assertEquals(stored, quads(back), format + " round trip");
            }
            assertTrue(stored.stream().anyMatch(q -> q.getGraph().getURI().equals(Iris.REFERENCE_GRAPH)));
        }
    }

    @Test
    void jsonLdParsesToTheSameQuads() {
        try (KnowledgeStore store = KnowledgeStore.open(storeDir)) {
            DatasetGraph back = parseDataset(export(store, null, GraphExporter.Format.JSONLD), Lang.JSONLD);
            assertEquals(quads(store.dataset()), quads(back));
        }
    }

    @Test
    void oneGraphAlone() {
        try (KnowledgeStore store = KnowledgeStore.open(storeDir)) {
            Graph stored = store.read(dsg -> {
                Graph g = GraphFactory.createDefaultGraph();
                dsg.getGraph(NodeFactory.createURI(ARTICLE)).find().forEachRemaining(g::add);
                return g;
            });
            assertTrue(parseGraph(export(store, ARTICLE, GraphExporter.Format.TTL), Lang.TURTLE).isIsomorphicWith(stored));
            Set<Node> graphs = quads(parseDataset(export(store, ARTICLE, GraphExporter.Format.TRIG), Lang.TRIG)).stream()
                    .map(Quad::getGraph).collect(Collectors.toSet());
            assertEquals(Set.of(NodeFactory.createURI(ARTICLE)), graphs);
        }
    }

    @Test
    void unknownGraphOrFormatIsBadInput() {
        try (KnowledgeStore store = KnowledgeStore.open(storeDir)) {
            String unknown = Iris.articleGraph("no-such-article");
            BadInputException e = assertThrows(BadInputException.class,
                    () -> GraphExporter.export(store.dataset(), unknown, GraphExporter.Format.TTL, new ByteArrayOutputStream()));
            assertEquals("--graph: no graph <" + unknown + "> in the store", e.getMessage());
        }
        BadInputException e = assertThrows(BadInputException.class, () -> GraphExporter.format("rdfxml"));
        assertTrue(e.getMessage().startsWith("--format: unknown export format 'rdfxml'"), e.getMessage());
        assertEquals(GraphExporter.Format.JSONLD, GraphExporter.format("JsonLD"));
    }

    @Test
    void cliExportWritesAFileThatParses() throws IOException {
        Path file = out.resolve("kg.ttl");
        CliRun run = CliRun.run("export", "--store", storeDir.toString(), "--format", "ttl", "-o", file.toString());
        assertEquals(0, run.exit(), run::toString);
        Graph written = GraphFactory.createDefaultGraph();
        RDFParser.source(file).lang(Lang.TURTLE).parse(written);
        try (KnowledgeStore store = KnowledgeStore.open(storeDir)) {
            assertTrue(written.isIsomorphicWith(parseGraph(export(store, null, GraphExporter.Format.TTL), Lang.TURTLE)));
        }
        assertEquals(List.of(file), listing(out), "a temporary file was left behind");
    }

    @Test
    void failedExportLeavesNoPartialFile() throws IOException {
        Path file = out.resolve("kg.trig");
        CliRun run = CliRun.run("export", "--store", storeDir.toString(), "--format", "trig",
                "--graph", Iris.articleGraph("no-such-article"), "-o", file.toString());
        assertEquals(3, run.exit(), run::toString);
        assertEquals(1, run.errLines().size(), run::toString);
        assertEquals(List.of(), listing(out), "the failed export left files behind");

        // a file already there stays as it was
        Files.writeString(file, "earlier export\n");
        assertEquals(3, CliRun.run("export", "--store", storeDir.toString(), "--format", "trig",
                "--graph", Iris.articleGraph("no-such-article"), "-o", file.toString()).exit());
        assertEquals("earlier export\n", Files.readString(file));
        assertEquals(List.of(file), listing(out));
    }

    @Test
    void exportIntoAMissingFolderIsOneLine() {
        Path file = out.resolve("no-such-folder").resolve("kg.ttl");
        CliRun run = CliRun.run("export", "--store", storeDir.toString(), "--format", "ttl", "-o", file.toString());
        assertEquals(3, run.exit(), run::toString);
        assertEquals(1, run.errLines().size(), run::toString);
        assertTrue(run.err().contains(file.toString()), run::toString);
        assertFalse(Files.exists(file));
    }

    private static String export(KnowledgeStore store, String graph, GraphExporter.Format format) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        GraphExporter.export(store.dataset(), graph, format, bytes);
        return bytes.toString(StandardCharsets.UTF_8);
    }

    private static Set<Quad> quads(DatasetGraph dsg) {
        return org.apache.jena.system.Txn.calculateRead(dsg, () -> {
            Set<Quad> out = new java.util.HashSet<>();
            dsg.find(Node.ANY, Node.ANY, Node.ANY, Node.ANY).forEachRemaining(out::add);
            return out;
        });
    }

    private static Graph parseGraph(String text, Lang lang) {
        Graph g = GraphFactory.createDefaultGraph();
        RDFParser.fromString(text, lang).parse(g);
        return g;
    }

    private static DatasetGraph parseDataset(String text, Lang lang) {
        DatasetGraph dsg = DatasetGraphFactory.createTxnMem();
        RDFParser.fromString(text, lang).parse(dsg);
        return dsg;
    }

    private static Graph turtle(String ttl) {
        return parseGraph(ttl, Lang.TURTLE);
    }

    private static List<Path> listing(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.sorted().toList();
        }
    }
}
