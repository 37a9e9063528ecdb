package org.missionkg.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.missionkg.TestFiles;
import org.missionkg.store.KnowledgeStore;

/**
 * An input larger than the budget of text kept in memory (a crawl of any size): files past it are
 * read a second time when their turn comes, and the ingest stores what it stores when everything
 * fits, quad for quad, with the same report.
 */
class BoundedInputIngestTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-07T07:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path dir;

    private Path input() throws IOException {
        Path in = Files.createDirectories(dir.resolve("in"));
        try (var seeds = Files.list(TestFiles.SEED_CORPUS)) {
            for (Path seed : seeds.toList()) {
                Files.copy(seed, in.resolve(seed.getFileName()));
            }
        }
        StringBuilder dump = new StringBuilder();
        for (int i = 0; i < 30; i++) {
            dump.append("{\"id\": \"d").append(i).append("\", \"published\": \"2020-11-24\", \"text\": \"Story ").append(i)
                    .append(": Denmark took over the command of the mission.\"}\n");
        }
        Files.writeString(in.resolve("dump-1.jsonl"), dump);
        // its first id is the first dump's: reported once, whichever way the files are read
        Files.writeString(in.resolve("dump-2.jsonl"), "{\"id\": \"d0\", \"text\": \"The same id again.\"}\n"
                + "{\"id\": \"e1\", \"text\": \"Another story.\"}\n");
        return in;
    }

    private IngestReport ingest(Path store, Path in, long budget, int workers) {
        try (KnowledgeStore s = KnowledgeStore.open(store)) {
            return Ingestor.create(s).clock(CLOCK).workers(workers).inputBudget(budget).build().ingest(List.of(in));
        }
    }

    private static String quads(Path store) {
        try (KnowledgeStore s = KnowledgeStore.open(store)) {
            return IngestorTest.nquads(s, null);
        }
    }

    @Test
    void readingFilesAgainStoresWhatKeepingThemStores() throws IOException {
        Path in = input();
        IngestReport kept = ingest(dir.resolve("kept"), in, Long.MAX_VALUE, 2);
        IngestReport again = ingest(dir.resolve("again"), in, 0, 2);
        assertEquals(List.of(37, 36, 0, 0), List.of(kept.read(), kept.stored(), kept.unchanged(), kept.left()));
        assertEquals(List.of(kept.read(), kept.stored(), kept.unchanged(), kept.left()),
                List.of(again.read(), again.stored(), again.unchanged(), again.left()));
        assertEquals(kept.skipped(), again.skipped());
        assertEquals(1, kept.skipped().size(), kept.skipped()::toString);
        assertTrue(kept.skipped().get(0).contains("same id 'd0'"), kept.skipped()::toString);
        assertEquals(quads(dir.resolve("kept")), quads(dir.resolve("again")));
    }

    @Test
    void aFileGoneBeforeItIsReadAgainIsNamedAndTheRestStored() throws IOException {
        Path in = input();
        Path second = in.resolve("dump-2.jsonl");
        AtomicBoolean removed = new AtomicBoolean();
        IngestReport r;
        try (KnowledgeStore s = KnowledgeStore.open(dir.resolve("store"))) {
            // one worker: the files are read again in input order, and the check sees the first article first
            r = Ingestor.create(s).clock(CLOCK).workers(1).inputBudget(0).check((article, graph) -> {
                if (removed.compareAndSet(false, true)) {
                    try {
                        Files.delete(second);
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                }
                return Map.of();
            }).build().ingest(List.of(in));
        }
        assertEquals(35, r.stored(), r::toString);
        assertEquals(0, r.left());
        assertTrue(r.skipped().contains(second + ": changed or became unreadable while the ingest ran; its 1 article(s)"
                + " were not ingested (run the ingest again)"), r.skipped()::toString);
    }
}
