package org.missionkg.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.missionkg.extract.NlpHolder;
import org.missionkg.store.KnowledgeStore;
import org.missionkg.store.ShapesCheck;

/**
 * Every article of every test set goes through the real ingest (extraction, SHACL check per
 * article graph, store, consolidation) without being skipped, and the store conforms: new rules
 * that make a fact the shapes refuse (a country as a stationing place typed wrongly, an event
 * without a mission) would otherwise only show as a silently skipped article.
 */
class AllTestSetsIngestIT {
    @TempDir
    Path dir;

    @Test
    void everyTestArticleIsStoredAndTheStoreConforms() {
        List<Path> sets = Stream.of("paraphrase", "heldout", "heldout2", "heldout3")
                .map(s -> Path.of("src/test/resources", s, "articles")).filter(Files::isDirectory).toList();
        assertTrue(sets.size() >= 2);
        try (KnowledgeStore store = KnowledgeStore.open(dir.resolve("store"))) {
            IngestReport r = StandardIngest.ingestor(store, NlpHolder.extractor()).ingest(sets);
            System.out.println("All test sets: " + r.summary());
            r.dropped().forEach(d -> System.out.println("  left out: " + d));
            assertEquals(List.of(), r.skipped());
            assertEquals(List.of(), r.dropped(), "every extracted fact fits the shapes");
            assertEquals(r.read(), r.stored());
            assertTrue(r.facts() > 300, r.summary());
            var report = store.read(dsg -> ShapesCheck.standard().check(dsg));
            assertTrue(report.conforms(), report.toText());
        }
    }
}
