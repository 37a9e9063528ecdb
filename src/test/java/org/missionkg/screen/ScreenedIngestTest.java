package org.missionkg.screen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.missionkg.extract.FactExtractor;
import org.missionkg.model.Article;
import org.missionkg.model.Fact;
import org.missionkg.pipeline.IngestReport;
import org.missionkg.pipeline.Ingestor;
import org.missionkg.store.KnowledgeStore;

/** Ingest with the screen on: what it rejects is neither extracted nor stored, and the summary counts it. */
class ScreenedIngestTest {
    @TempDir
    Path dir;

    @Test
    void screenedOutArticlesNeverReachTheExtractor() throws IOException {
        Path in = Files.createDirectories(dir.resolve("in"));
        Files.copy(Path.of("data/articles/000_a29c890775fe9923.txt"), in.resolve("a.txt"));
        Files.writeString(in.resolve("b.txt"), OffTopicCorpus.generate(1, 3L).get(0).text());
        List<String> extracted = new ArrayList<>();
        FactExtractor recording = new FactExtractor() {
            @Override
            public List<Fact> extract(Article article) {
                extracted.add(article.id());
                return List.of();
            }

            @Override
            public String version() {
                return "test";
            }
        };
        try (KnowledgeStore store = KnowledgeStore.open(dir.resolve("store"))) {
            IngestReport r = Ingestor.create(store).extractor(recording).screen(RelevanceScreen.standard()).build()
                    .ingest(List.of(in));
            assertEquals(List.of("a"), extracted);
            assertEquals(List.of(2, 1, 1), List.of(r.read(), r.stored(), r.screenedOut()));
            assertTrue(r.summary().contains("skipped: 0, screened out: 1;"), r.summary());
            assertEquals(1, store.articleGraphs().size());

            IngestReport noScreen = Ingestor.create(store).extractor(recording).build().ingest(List.of(in));
            assertEquals(-1, noScreen.screenedOut());
            assertTrue(!noScreen.summary().contains("screened"), noScreen.summary());
        }
    }
}
