package org.missionkg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.missionkg.TestFiles;
import org.missionkg.pipeline.DerivedGraphs;
import org.missionkg.store.KnowledgeStore;

/**
 * Issue 12, item 4: Ctrl-C for real. A child JVM runs {@code missionkg ingest} (real CoreNLP, two
 * workers, the default batch) on eight articles; once the first article is done it gets SIGINT
 * (what Ctrl-C sends; {@code Process.destroy} would send SIGTERM). It must stop with what it had
 * committed kept, a store that validates, and a summary saying what is left; a re-run must do the
 * rest, skipping what was stored, with no article twice.
 */
class CtrlCIngestIT {
    @TempDir
    Path dir;

    @Test
    void ctrlCKeepsWhatWasStoredAndTheRerunDoesTheRest() throws Exception {
        Path input = Files.createDirectories(dir.resolve("in"));
        List<Path> sources = new ArrayList<>();
        try (var seed = Files.list(TestFiles.SEED_CORPUS); var para = Files.list(Path.of("src/test/resources/paraphrase/articles"))) {
            sources.addAll(seed.sorted().toList());
            sources.addAll(para.sorted().limit(3).toList());
        }
        for (Path f : sources) {
            Files.copy(f, input.resolve(f.getFileName()));
        }
        Path store = dir.resolve("store");
        // env --default-signal=INT: a test run started in the background (nohup, a CI job) hands its children
        // SIGINT ignored, and a JVM that starts with SIGINT ignored never installs its handler. Ctrl-C at a
        // terminal never meets that; the child is given SIGINT's default back so that it meets what a terminal gives.
        Process p = new ProcessBuilder("env", "--default-signal=INT",
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx3g",
                "-cp", System.getProperty("java.class.path"), "org.missionkg.cli.Main",
                "ingest", "--workers", "2", "--progress-every", "1", "--store", store.toString(), input.toString())
                .redirectErrorStream(true).start();
        StringBuilder seen = new StringBuilder();
        CompletableFuture<Void> firstDone = new CompletableFuture<>();
        Thread reader = new Thread(() -> {
            try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line; (line = r.readLine()) != null; ) {
                    synchronized (seen) {
                        seen.append(line).append('\n');
                    }
                    if (line.startsWith("progress: 1/8 articles")) {
                        firstDone.complete(null);
                    }
                }
            } catch (IOException e) {
                // the child ended
            }
        });
        reader.setDaemon(true);
        reader.start();
        try {
            firstDone.get(10, TimeUnit.MINUTES);
            Process kill = new ProcessBuilder("kill", "-INT", Long.toString(p.pid())).inheritIO().start();
            assertEquals(0, kill.waitFor());
            assertTrue(p.waitFor(5, TimeUnit.MINUTES), "the child did not stop after SIGINT");
        } finally {
            p.destroyForcibly();
        }
        reader.join(10_000);
        String out;
        synchronized (seen) {
            out = seen.toString();
        }
        assertEquals(130, p.exitValue(), out); // 128 + SIGINT: the JVM ended through its shutdown hooks
        assertTrue(out.contains("missionkg: stopping after the batch in hand"), out);
        assertTrue(out.contains("article(s) not done, run the same ingest again"), out);

        int kept;
        try (KnowledgeStore s = KnowledgeStore.open(store)) {
            kept = s.articleGraphs().size();
            assertEquals(DerivedGraphs.Status.FRESH, DerivedGraphs.status(s), "derived graphs brought up to date before the exit");
        }
        assertTrue(kept >= 1 && kept < 8, "the stop must come after the first article and before the last: " + kept + "\n" + out);
        assertTrue(out.contains("stored: " + kept + ","), out);
        CliRun validate = CliRun.run("validate", "--store", store.toString());
        assertEquals(0, validate.exit(), validate::toString);

        CliRun rerun = CliRun.run("ingest", "--store", store.toString(), input.toString());
        assertEquals(0, rerun.exit(), rerun::toString);
        assertTrue(rerun.out().contains("articles read: 8, stored: " + (8 - kept) + ", unchanged: " + kept + ", skipped: 0"),
                rerun::toString);
        try (KnowledgeStore s = KnowledgeStore.open(store)) {
            assertEquals(8, s.articleGraphs().size());
            long articleNodes = s.read(dsg -> {
                long n = 0;
                var it = dsg.find(org.apache.jena.graph.Node.ANY, org.apache.jena.graph.Node.ANY,
                        org.missionkg.vocab.MKG.sha256.asNode(), org.apache.jena.graph.Node.ANY);
                while (it.hasNext()) {
                    it.next();
                    n++;
                }
                return n;
            });
            assertEquals(8, articleNodes, "each article stored once");
        }
        assertEquals(0, CliRun.run("validate", "--store", store.toString()).exit());
    }
}
