package org.missionkg.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.missionkg.TestFiles;
import org.missionkg.cli.CliRun;
import org.missionkg.consolidate.CannedQueries;
import org.missionkg.export.QueryRunner;
import org.missionkg.store.KnowledgeStore;

/**
 * Issue 14, item 1: a real child process running {@code missionkg ingest} is killed (SIGKILL)
 * after its article commits and before the derived graphs are rebuilt, or between two articles.
 * The store starts with the seed articles' graphs (with their facts, from the consolidation
 * fixture) and derived graphs built from them; the child replaces one or two of those articles
 * with fact-less versions. Afterwards the canned question must answer as a clean build over
 * the articles now stored does, not as the stale consolidated graph would.
 */
class CrashDrillTest {
    static final Path SEED = TestFiles.SEED_CORPUS;
    static final String A0 = "000_a29c890775fe9923.txt";
    static final String A4 = "004_811f0c9e4eb4394b.txt";

    @TempDir
    Path dir;

    @Test
    void killedBetweenTheLastArticleAndTheRebuild() throws Exception {
        Path store = seededStore();
        String before = answers(store);
        Path changed = changedCopies(A4);
        runAndKill(store, FaultPoint.BEFORE_DERIVED, changed.resolve(A4));

        assertCrashedStoreAnswersAsACleanBuild(store, before);
        // a re-run of the same ingest stores nothing and leaves the store as the repair made it
        CliRun rerun = CliRun.run("ingest", "--no-extract", "--store", store.toString(), changed.resolve(A4).toString());
        assertEquals(0, rerun.exit(), rerun::toString);
        assertTrue(rerun.out().contains("stored: 0, unchanged: 1"), rerun::toString);
        assertEquals(DerivedGraphs.Status.FRESH, status(store));
    }

    @Test
    void killedBetweenTwoArticles() throws Exception {
        Path store = seededStore();
        String before = answers(store);
        Path changed = changedCopies(A0, A4);
        runAndKill(store, FaultPoint.ARTICLE_STORED, changed.resolve(A0), changed.resolve(A4));

        assertCrashedStoreAnswersAsACleanBuild(store, before);
        // the re-run stores the article the crash left out and the derived graphs follow
        CliRun rerun = CliRun.run("ingest", "--no-extract", "--store", store.toString(), changed.toString());
        assertTrue(rerun.out().contains("stored: 1, unchanged: 1"), rerun::toString);
        assertEquals(DerivedGraphs.Status.FRESH, status(store));
        assertEquals(cleanAnswers(store), answers(store));
    }

    private void assertCrashedStoreAnswersAsACleanBuild(Path store, String before) throws IOException {
        assertEquals(DerivedGraphs.Status.STALE, status(store));
        CliRun validate = CliRun.run("validate", "--store", store.toString());
        assertEquals(5, validate.exit(), validate::toString);
        assertTrue(validate.out().contains("STALE"), validate::toString);

        String clean = cleanAnswers(store);
        assertNotEquals(before, clean, "the crash must have changed what a clean build answers, or the drill proves nothing");
        CliRun ask = CliRun.run("ask", "who-commanded-when", "--format", "csv", "--store", store.toString());
        assertEquals(0, ask.exit(), ask::toString);
        assertEquals(clean, ask.out());
        assertTrue(ask.err().contains("rebuilt"), ask::toString);
        assertEquals(DerivedGraphs.Status.FRESH, status(store));
    }

    /** The seed articles' graphs with their facts, and derived graphs built from them: a store as a clean ingest leaves it. */
    private Path seededStore() {
        Path location = dir.resolve("store");
        DatasetGraph fixture = DatasetGraphFactory.createTxnMem();
        RDFDataMgr.read(fixture, getClass().getResourceAsStream("/consolidate/seed-claims.trig"), Lang.TRIG);
        try (KnowledgeStore store = KnowledgeStore.open(location)) {
            for (Node g : BuildRecord.articleGraphs(fixture)) {
                store.replaceGraph(g.getURI(), fixture.getGraph(g));
            }
            DerivedGraphs.rebuild(store);
            assertEquals(DerivedGraphs.Status.FRESH, DerivedGraphs.status(store));
        }
        return location;
    }

    /** Seed article files with the same ids and a changed text: a --no-extract ingest replaces their graphs, facts gone. */
    private Path changedCopies(String... names) throws IOException {
        Path out = Files.createDirectories(dir.resolve("changed"));
        for (String name : names) {
            Files.writeString(out.resolve(name), Files.readString(SEED.resolve(name)) + "\nA correction was appended.\n");
        }
        return out;
    }

    /**
     * Starts {@code missionkg ingest} in its own JVM, waits until it stands at the fault point, and kills it.
     * One article per transaction ({@code --batch 1}), so that "between two articles" is between two commits.
     */
    private static void runAndKill(Path store, String point, Path... files) throws Exception {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m", "-Dmissionkg.pauseAt=" + point, "-cp", System.getProperty("java.class.path"),
                "org.missionkg.cli.Main", "ingest", "--no-extract", "--batch", "1", "--store", store.toString()));
        for (Path f : files) {
            cmd.add(f.toString());
        }
        Process p = new ProcessBuilder(cmd).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        try {
            String line = waitForLine(p.getErrorStream(), "missionkg: paused at " + point, 90);
            assertEquals("missionkg: paused at " + point, line);
        } finally {
            p.destroyForcibly(); // SIGKILL: no shutdown hooks, no TDB2 close
            assertTrue(p.waitFor(30, TimeUnit.SECONDS));
        }
        assertNotEquals(0, p.exitValue());
    }

    private static String waitForLine(InputStream in, String wanted, int seconds) throws Exception {
        var found = new java.util.concurrent.CompletableFuture<String>();
        StringBuilder seen = new StringBuilder();
        Thread t = new Thread(() -> {
            try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
                String line;
                while ((line = r.readLine()) != null) {
                    seen.append(line).append('\n');
                    if (line.equals(wanted)) {
                        found.complete(line);
                    }
                }
            } catch (IOException e) {
                // the process was killed
            }
            found.complete("child ended without reaching the point:\n" + seen);
        });
        t.setDaemon(true);
        t.start();
        return found.get(seconds, TimeUnit.SECONDS);
    }

    private static DerivedGraphs.Status status(Path location) {
        try (KnowledgeStore store = KnowledgeStore.open(location)) {
            return DerivedGraphs.status(store);
        }
    }

    /** The canned answer as the store gives it now, without repairing anything. */
    private static String answers(Path location) {
        try (KnowledgeStore store = KnowledgeStore.open(location)) {
            return whoCommandedWhen(store);
        }
    }

    /** The canned answer from a new store holding the same article graphs, its derived graphs built once. */
    private String cleanAnswers(Path location) throws IOException {
        Path cleanLocation = Files.createTempDirectory(dir, "clean");
        try (KnowledgeStore crashed = KnowledgeStore.open(location); KnowledgeStore clean = KnowledgeStore.open(cleanLocation)) {
            Map<String, org.apache.jena.graph.Graph> graphs = crashed.read(dsg -> {
                Map<String, org.apache.jena.graph.Graph> m = new java.util.TreeMap<>();
                for (Node g : BuildRecord.articleGraphs(dsg)) {
                    var copy = org.apache.jena.sparql.graph.GraphFactory.createDefaultGraph();
                    org.apache.jena.graph.GraphUtil.addInto(copy, dsg.getGraph(g));
                    m.put(g.getURI(), copy);
                }
                return m;
            });
            clean.replaceGraphs(graphs);
            DerivedGraphs.rebuild(clean);
            return whoCommandedWhen(clean);
        }
    }

    private static String whoCommandedWhen(KnowledgeStore store) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        QueryRunner.run(store.dataset(), CannedQueries.prepare("who-commanded-when", Map.of()), QueryRunner.Format.CSV, out, 10_000);
        return out.toString(StandardCharsets.UTF_8);
    }
}
