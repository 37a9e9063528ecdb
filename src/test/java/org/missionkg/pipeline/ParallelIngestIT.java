package org.missionkg.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.GraphUtil;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.graph.GraphFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.missionkg.TestFiles;
import org.missionkg.store.KnowledgeStore;
import org.missionkg.vocab.Iris;

/**
 * Issue 12, item 3: articles worked on by several workers at once (more workers than cores, small
 * batches, so that articles finish out of order and commits interleave with extraction) give the
 * same stored graphs as one worker: the same facts with the same IRIs, article graph by article
 * graph, and the same consolidated graph. Real CoreNLP, real TDB2 stores on disk.
 */
class ParallelIngestIT {
    static final Clock AT = Clock.fixed(Instant.parse("2026-01-02T03:04:05Z"), ZoneOffset.UTC);

    @TempDir
    Path dir;

    @Test
    void parallelIngestStoresWhatASingleWorkerStores() throws IOException {
        Path input = Files.createDirectories(dir.resolve("in"));
        for (Path from : List.of(TestFiles.SEED_CORPUS, Path.of("src/test/resources/paraphrase/articles"))) {
            try (var files = Files.list(from)) {
                for (Path f : files.sorted().limit(6).toList()) {
                    Files.copy(f, input.resolve(f.getFileName()));
                }
            }
        }
        Map<String, Graph> one = ingest("one", 1, 64, input);
        Map<String, Graph> three = ingest("three", 3, 2, input);

        assertEquals(one.keySet(), three.keySet());
        assertTrue(one.keySet().stream().filter(g -> g.startsWith(Iris.ARTICLE_GRAPH_PREFIX)).count() >= 11, one.keySet()::toString);
        for (String g : one.keySet()) {
            if (g.equals(Iris.DERIVED_STATE_GRAPH)) {
                continue; // the fingerprint holds nothing but the article graphs' identity, compared above
            }
            assertTrue(one.get(g).isIsomorphicWith(three.get(g)), () -> g + " differs between one worker and three:\n"
                    + one.get(g).size() + " triples against " + three.get(g).size());
        }
        long facts = one.values().stream().mapToLong(gr -> gr.find(Node.ANY, Node.ANY, Node.ANY).filterKeep(
                t -> t.getSubject().isURI() && t.getSubject().getURI().startsWith(Iris.FACT_PREFIX)).toList().size()).sum();
        assertTrue(facts > 50, "the articles must give facts, or the comparison proves little: " + facts);
    }

    /** Ingests the folder into a new store and returns every named graph it then holds, copied out. */
    private Map<String, Graph> ingest(String name, int workers, int batch, Path input) {
        try (KnowledgeStore store = KnowledgeStore.open(dir.resolve(name))) {
            IngestReport r = StandardIngest.builder(store, true, false, new PrintWriter(new StringWriter()),
                            Ingestor.DEFAULT_ARTICLE_BUDGET)
                    .workers(workers)
                    .batch(batch)
                    .clock(AT)
                    .build()
                    .ingest(List.of(input));
            assertEquals(List.of(), r.skipped(), name);
            assertEquals(r.read(), r.stored(), name);
            return store.read(dsg -> {
                Map<String, Graph> out = new TreeMap<>();
                dsg.listGraphNodes().forEachRemaining(g -> {
                    Graph copy = GraphFactory.createDefaultGraph();
                    GraphUtil.addInto(copy, dsg.getGraph(g));
                    out.put(g.getURI(), copy);
                });
                return out;
            });
        }
    }
}
