package org.missionkg.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.graph.impl.WrappedGraph;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.Lang;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.util.iterator.ExtendedIterator;
import org.apache.jena.util.iterator.WrappedIterator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.missionkg.TestFiles;
import org.missionkg.cli.CliRun;
import org.missionkg.model.StoreLockedException;
import org.missionkg.pipeline.Ingestor;
import org.missionkg.vocab.Iris;

/** Graph replacement (whole, or not at all), the union default graph, and the one-process lock. */
class KnowledgeStoreTest {
    private static final String A = Iris.articleGraph("store-test-a");
    private static final String B = Iris.articleGraph("store-test-b");

    @TempDir
    Path dir;

    @Test
    void replaceGraphReplacesTheWholeGraph() {
        try (KnowledgeStore store = KnowledgeStore.open(dir)) {
            store.replaceGraph(A, turtle("<http://example.org/s> <http://example.org/p> 1, 2, 3 ."));
            store.replaceGraph(B, turtle("<http://example.org/s> <http://example.org/p> 9 ."));
            store.replaceGraph(A, turtle("<http://example.org/t> <http://example.org/q> 4 ."));
            assertTrue(graph(store, A).isIsomorphicWith(turtle("<http://example.org/t> <http://example.org/q> 4 .")));
            assertTrue(graph(store, B).isIsomorphicWith(turtle("<http://example.org/s> <http://example.org/p> 9 .")), "the other graph was touched");
            assertEquals(2, store.size());
            assertEquals(List.of(A, B), store.articleGraphs());
        }
    }

    @Test
    void failureHalfWayThroughLeavesTheOldGraphExactlyAsItWas() {
        try (KnowledgeStore store = KnowledgeStore.open(dir)) {
            Graph old = turtle("<http://example.org/s> <http://example.org/p> 1, 2, 3 . <http://example.org/s> <http://example.org/label> \"old\"@en .");
            store.replaceGraph(A, old);
            Graph fresh = turtle("<http://example.org/s> <http://example.org/p> 10, 20, 30, 40, 50, 60 .");
            RuntimeException e = assertThrows(RuntimeException.class, () -> store.replaceGraph(A, failingAfter(fresh, 4)));
            assertEquals("disk on fire", e.getMessage());
            Graph now = graph(store, A);
            assertTrue(now.isIsomorphicWith(old), "graph after the failed replace: " + now);
            assertEquals(4, store.size());
            // the store is still usable, and a failed replace of a graph never stored leaves no trace
            assertThrows(RuntimeException.class, () -> store.replaceGraph(B, failingAfter(fresh, 1)));
            assertEquals(List.of(A), store.articleGraphs());
            store.replaceGraph(A, fresh);
            assertTrue(graph(store, A).isIsomorphicWith(fresh));
        }
    }

    @Test
    void defaultGraphIsTheUnionOfTheNamedGraphs() {
        try (KnowledgeStore store = KnowledgeStore.open(dir)) {
            store.replaceGraph(A, turtle("<http://example.org/a> <http://example.org/name> \"alpha\" ."));
            store.replaceGraph(B, turtle("<http://example.org/b> <http://example.org/name> \"beta\" . <http://example.org/a> <http://example.org/knows> <http://example.org/b> ."));
        }
        // reopened: the union setting comes with every open, not only the one that wrote
        try (KnowledgeStore store = KnowledgeStore.open(dir)) {
            assertEquals(List.of("alpha", "beta"), select(store,
                    "SELECT ?n WHERE { ?x <http://example.org/name> ?n } ORDER BY ?n", "n"));
            // a join across two article graphs works in the default graph
            assertEquals(List.of("beta"), select(store,
                    "SELECT ?n WHERE { <http://example.org/a> <http://example.org/knows> ?y . ?y <http://example.org/name> ?n }", "n"));
            assertEquals(List.of(A, B), select(store,
                    "SELECT DISTINCT ?g WHERE { GRAPH ?g { ?s ?p ?o } } ORDER BY ?g", "g"));
        }
    }

    @Test
    void removeGraphAndArticleGraphs() {
        try (KnowledgeStore store = KnowledgeStore.open(dir)) {
            store.replaceGraph(B, turtle("<http://example.org/b> <http://example.org/p> 1 ."));
            store.replaceGraph(A, turtle("<http://example.org/a> <http://example.org/p> 1 ."));
            store.replaceGraph(Iris.REFERENCE_GRAPH, turtle("<http://example.org/r> <http://example.org/p> 1 ."));
            assertEquals(List.of(A, B), store.articleGraphs(), "sorted, article graphs only");
            store.removeGraph(A);
            store.removeGraph(Iris.articleGraph("never-stored"));
            assertEquals(List.of(B), store.articleGraphs());
            assertEquals(2, store.size());
        }
    }

    /**
     * A server in another process holds the store: opening it here, or ingesting into it through
     * the CLI, fails at once with one line that says so (exit 4, no stack trace).
     */
    @Test
    void storeHeldByAServerInAnotherProcessIsRefused() throws Exception {
        Path store = dir.resolve("store");
        try (KnowledgeStore s = KnowledgeStore.open(store)) {
            Ingestor.create(s).build().ingest(List.of(TestFiles.SEED_CORPUS));
        }
        Process server = startServer(store);
        try {
            StoreLockedException e = assertThrows(StoreLockedException.class, () -> KnowledgeStore.open(store));
            assertTrue(e.getMessage().contains("in use by another process"), e.getMessage());
            assertTrue(e.getMessage().contains(String.valueOf(server.pid())), "names the holder: " + e.getMessage());

            CliRun run = CliRun.run("ingest", "--no-extract", "--store", store.toString(),
                    "data/articles/000_a29c890775fe9923.txt");
            String printed = run.err().strip();
            assertEquals(4, run.exit(), run::toString); // ExitCodes.STORE_LOCKED, the documented exit code
            assertEquals(1, printed.lines().count(), () -> "not one line: " + printed);
            assertTrue(printed.startsWith("missionkg: store " + store), printed);
            assertFalse(printed.contains("Exception") || printed.contains("\tat "), printed);
        } finally {
            server.destroy();
            if (!server.waitFor(20, TimeUnit.SECONDS)) {
                server.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        }
        // once the server is gone, its stale lock does not stand in the way and nothing was lost
        try (KnowledgeStore s = KnowledgeStore.open(store)) {
            assertEquals(5, s.articleGraphs().size());
        }
    }

    /** Starts {@code missionkg serve} on the store in a child JVM and waits until it serves. */
    private static Process startServer(Path store) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process p = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                "org.missionkg.cli.Main", "serve", "--store", store.toString(), "--port", "0")
                .redirectErrorStream(true).start();
        List<String> output = Collections.synchronizedList(new ArrayList<>());
        CompletableFuture<Void> serving = new CompletableFuture<>();
        Thread reader = new Thread(() -> {
            try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
                String line;
                while ((line = r.readLine()) != null) {
                    output.add(line);
                    if (line.contains("SPARQL endpoint")) {
                        serving.complete(null);
                    }
                }
            } catch (java.io.IOException ignored) {
                // the process was stopped
            }
            serving.completeExceptionally(new IllegalStateException("server exited: " + output));
        }, "serve-output");
        reader.setDaemon(true);
        reader.start();
        try {
            serving.get(90, TimeUnit.SECONDS);
        } catch (TimeoutException | java.util.concurrent.ExecutionException e) {
            p.destroyForcibly();
            fail("the server did not come up: " + output, e);
        }
        return p;
    }

    static Graph turtle(String ttl) {
        Graph g = GraphFactory.createDefaultGraph();
        RDFParser.fromString(ttl, Lang.TURTLE).parse(g);
        return g;
    }

    /** A copy of one stored graph. */
    static Graph graph(KnowledgeStore store, String iri) {
        return store.read(dsg -> {
            Graph copy = GraphFactory.createDefaultGraph();
            dsg.getGraph(NodeFactory.createURI(iri)).find().forEachRemaining(copy::add);
            return copy;
        });
    }

    private static List<String> select(KnowledgeStore store, String query, String var) {
        return store.read(dsg -> {
            List<String> out = new ArrayList<>();
            try (QueryExecution qe = QueryExecution.dataset(DatasetFactory.wrap(dsg)).query(query).build()) {
                qe.execSelect().forEachRemaining((QuerySolution row) -> {
                    Node n = row.get(var).asNode();
                    out.add(n.isURI() ? n.getURI() : n.getLiteralLexicalForm());
                });
            }
            return out;
        });
    }

    /** The graph, except that listing it fails after {@code n} triples, as a crash half way through would. */
    private static Graph failingAfter(Graph content, int n) {
        return new WrappedGraph(content) {
            @Override
            public ExtendedIterator<Triple> find() {
                var inner = content.find();
                return WrappedIterator.create(new java.util.Iterator<Triple>() {
                    int given;

                    @Override
                    public boolean hasNext() {
                        return inner.hasNext();
                    }

                    @Override
                    public Triple next() {
                        if (given++ == n) {
                            throw new IllegalStateException("disk on fire");
                        }
                        return inner.next();
                    }
                });
            }
        };
    }
}
