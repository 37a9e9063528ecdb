package org.missionkg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.missionkg.bench.SyntheticCorpus;
import org.missionkg.pipeline.DerivedGraphs;
import org.missionkg.store.KnowledgeStore;
import org.missionkg.vocab.Iris;

/** {@code ingest --quads DIR} on real TDB2 stores: bulk load, resume, and bad input that changes nothing. */
class QuadsIngestTest {
    static final SyntheticCorpus CORPUS = SyntheticCorpus.create(11);

    @TempDir
    static Path tmp;
    static Path first;

    @BeforeAll
    static void corpus() throws IOException {
        first = tmp.resolve("first");
        CORPUS.writeNQuads(first, 120, 2);
    }

    @Test
    void loadsEveryArticleGraphAsWrittenThenSkipsThemAndAddsNewOnes() throws IOException {
        Path store = tmp.resolve("store-a");
        CliRun r = CliRun.run("ingest", "--store", store.toString(), "--quads", first.toString());
        assertEquals(0, r.exit(), r.toString());
        assertTrue(r.out().contains("article graphs: 120, stored: 120, already stored: 0"), r.out());
        assertTrue(r.out().contains("(phased loader)"), r.out());
        try (KnowledgeStore s = KnowledgeStore.open(store);
             KnowledgeStore byIngest = KnowledgeStore.open(tmp.resolve("store-a-ingest"))) {
            assertEquals(120, s.articleGraphs().size());
            for (int i : new int[] {0, 57, 119}) {
                // The graph as the normal ingest stores it (TDB2 keeps numbers and dates in canonical form).
                SyntheticCorpus.Item item = CORPUS.item(i);
                String iri = Iris.articleGraph(item.article().id());
                byIngest.replaceGraph(iri, CORPUS.graph(item).getGraph());
                Node g = NodeFactory.createURI(iri);
                Graph stored = s.read(dsg -> copy(dsg.getGraph(g)));
                assertTrue(stored.isIsomorphicWith(byIngest.read(dsg -> copy(dsg.getGraph(g)))), "graph of " + item.article().id());
            }
            assertEquals(DerivedGraphs.Status.FRESH, DerivedGraphs.status(s));
            assertTrue(s.read(dsg -> dsg.getGraph(NodeFactory.createURI(Iris.CONSOLIDATED_GRAPH)).size()) > 100);
        }

        CliRun again = CliRun.run("ingest", "--store", store.toString(), "--quads", first.toString());
        assertEquals(0, again.exit(), again.toString());
        assertTrue(again.out().contains("stored: 0, already stored: 120; quads loaded: 0"), again.out());

        Path more = tmp.resolve("more");
        Files.createDirectories(more);
        writeNQuads(more.resolve("overlap.nq"), 100, 140); // 20 already stored, 40 new
        CliRun add = CliRun.run("ingest", "--store", store.toString(), "--quads", more.toString());
        assertEquals(0, add.exit(), add.toString());
        assertTrue(add.out().contains("article graphs: 40, stored: 20, already stored: 20"), add.out());
        assertTrue(add.out().contains("(basic loader)"), add.out());
        try (KnowledgeStore s = KnowledgeStore.open(store)) {
            assertEquals(140, s.articleGraphs().size());
            assertEquals(DerivedGraphs.Status.FRESH, DerivedGraphs.status(s));
        }
    }

    @Test
    void badInputNamesTheFileAndLeavesTheStoreAsItWas() throws IOException {
        Path store = tmp.resolve("store-b");
        assertEquals(0, CliRun.run("ingest", "--store", store.toString(), "--quads", first.toString()).exit());
        long before;
        try (KnowledgeStore s = KnowledgeStore.open(store)) {
            before = s.size();
        }
        String good = nquads(200, 230);
        String oneGraph = nquads(230, 231);
        String[][] cases = {
            // file name, content, what the message must say
            {"broken.nq", nquads(240, 250).substring(0, 3000) + "\n" + "<https://x> <https://y> \"unterminated .\n", "not valid N-Quads"},
            {"empty.nq", "", "holds no quads"},
            {"turtle.nq", "@prefix ex: <https://example.org/> .\nex:a ex:b ex:c .\n", "not valid N-Quads"},
            {"triples.trig", "<https://example.org/a> <https://example.org/b> <https://example.org/c> .\n", "outside any named graph"},
            {"split.nq", oneGraph + good + oneGraph, "appears twice"},
            {"foreign.nq", "<https://example.org/a> <https://example.org/b> <https://example.org/c> <https://example.org/g> .\n",
                "is not an article graph"},
        };
        for (String[] c : cases) {
            Path dir = tmp.resolve("bad-" + c[0]);
            Files.createDirectories(dir);
            Files.writeString(dir.resolve("a-good.nq"), good, StandardCharsets.UTF_8);
            Files.writeString(dir.resolve(c[0]), c[1], StandardCharsets.UTF_8);
            CliRun r = CliRun.run("ingest", "--store", store.toString(), "--quads", dir.toString());
            assertEquals(3, r.exit(), c[0] + ": " + r);
            String line = r.errLines().get(r.errLines().size() - 1);
            assertTrue(line.contains(dir.resolve(c[0]).toString()) && line.contains(c[2]), c[0] + ": " + line);
            try (KnowledgeStore s = KnowledgeStore.open(store)) {
                assertEquals(before, s.size(), c[0] + ": the store changed");
                assertEquals(120, s.articleGraphs().size(), c[0]);
            }
        }
    }

    @Test
    void aGraphThatBreaksTheShapesIsRefusedBeforeLoading() throws IOException {
        Path dir = tmp.resolve("shapes");
        Files.createDirectories(dir);
        // A confidence above 1 is read fine as RDF but breaks the fact shape.
        String text = nquads(300, 302).replaceFirst("\"0\\.[0-9]+\"\\^\\^<http://www.w3.org/2001/XMLSchema#decimal>",
                "\"7.5\"^^<http://www.w3.org/2001/XMLSchema#decimal>");
        Files.writeString(dir.resolve("p.nq"), text, StandardCharsets.UTF_8);
        Path store = tmp.resolve("store-c");
        CliRun r = CliRun.run("ingest", "--store", store.toString(), "--quads", dir.toString(), "--check-shapes");
        assertEquals(3, r.exit(), r.toString());
        assertTrue(r.err().contains("breaks shape"), r.err());
        try (KnowledgeStore s = KnowledgeStore.open(store)) {
            assertEquals(0, s.size());
        }
    }

    @Test
    void pathsAndQuadsTogetherIsAUsageError() {
        CliRun r = CliRun.run("ingest", "--store", tmp.resolve("store-d").toString(), "--quads", first.toString(), "x.txt");
        assertEquals(2, r.exit(), r.toString());
    }

    private static Graph copy(Graph g) {
        Graph out = org.apache.jena.sparql.graph.GraphFactory.createDefaultGraph();
        g.find().forEachRemaining(out::add);
        return out;
    }

    private static String nquads(int from, int to) {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        StreamRDF w = StreamRDFWriter.getWriterStream(out, RDFFormat.NQUADS);
        w.start();
        CORPUS.write(from, to, w);
        w.finish();
        return out.toString(StandardCharsets.UTF_8);
    }

    private static void writeNQuads(Path file, int from, int to) throws IOException {
        Files.writeString(file, nquads(from, to), StandardCharsets.UTF_8);
    }
}
