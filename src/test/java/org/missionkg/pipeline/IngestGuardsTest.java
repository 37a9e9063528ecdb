package org.missionkg.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.missionkg.extract.FactExtractor;
import org.missionkg.model.Article;
import org.missionkg.model.Fact;
import org.missionkg.store.KnowledgeStore;

/** Issue 14, items 4, 7 and 9 in the ingest flow, with stand-in extractors (no NLP models). */
class IngestGuardsTest {
    @TempDir
    Path dir;

    @Test
    void anArticleOverItsTimeBudgetIsSkippedAndTheRestGoOn() throws IOException {
        Path in = Files.createDirectories(dir.resolve("in"));
        Files.writeString(in.resolve("a.txt"), "The first article.\n");
        Files.writeString(in.resolve("b.txt"), "The slow article, which never ends.\n");
        Files.writeString(in.resolve("c.txt"), "The third article.\n");
        FactExtractor slowOnB = extractor(a -> {
            if (a.id().equals("b")) {
                try {
                    Thread.sleep(60_000);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            return List.of();
        });
        try (KnowledgeStore store = KnowledgeStore.open(dir.resolve("store"))) {
            long t0 = System.nanoTime();
            IngestReport r = Ingestor.create(store).extractor(slowOnB).articleBudget(Duration.ofMillis(500)).build()
                    .ingest(List.of(in));
            assertTrue((System.nanoTime() - t0) / 1e9 < 20, "the slow article held the batch");
            assertEquals(List.of(3, 2), List.of(r.read(), r.stored()));
            assertEquals(1, r.skipped().size(), r.skipped()::toString);
            assertTrue(r.skipped().get(0).startsWith(in.resolve("b.txt") + ": extraction took longer than the 0.5 s"),
                    r.skipped()::toString);
        }
    }

    @Test
    void theExtractorIsNotMadeWhenNoInputIsUsable() throws IOException {
        Path in = Files.createDirectories(dir.resolve("bad"));
        Files.writeString(in.resolve("empty.txt"), "");
        Files.write(in.resolve("binary.txt"), new byte[] {0, 1, 2, 3});
        AtomicInteger made = new AtomicInteger();
        try (KnowledgeStore store = KnowledgeStore.open(dir.resolve("store"))) {
            IngestReport r = Ingestor.create(store).extractor(() -> {
                made.incrementAndGet();
                return extractor(a -> List.of());
            }).build().ingest(List.of(in, dir.resolve("missing.txt")));
            assertEquals(0, made.get(), "the models were loaded for nothing");
            assertEquals(3, r.skipped().size(), r.skipped()::toString);
        }
    }

    @Test
    void warningsForTextThatIsNotEnglishHtmlOrGivesNoFacts() throws IOException {
        Path in = Files.createDirectories(dir.resolve("odd"));
        Files.writeString(in.resolve("declared.txt"), "---\nlanguage: fr\n---\nLa mission de l'OTAN en Irak.\n");
        Files.writeString(in.resolve("french.txt"), ("La mission de l'OTAN en Irak a été lancée en 2018 à la demande du "
                + "gouvernement irakien. Le Canada en a pris le commandement pendant deux ans, puis le Danemark lui a "
                + "succédé. Les formateurs conseillent les institutions de sécurité du pays et les écoles militaires. ").repeat(2));
        Files.writeString(in.resolve("page.txt"), "<html><head><title>x</title></head><body><div><p>NATO Mission Iraq "
                + "began in 2018.</p><p>Canada led it.</p></div></body></html>\n");
        Files.writeString(in.resolve("english.txt"), ("NATO Mission Iraq was launched in 2018 at the request of the Iraqi "
                + "government. Canada led it for two years, and then Denmark took over the command of the mission from it. ").repeat(2));
        try (KnowledgeStore store = KnowledgeStore.open(dir.resolve("store"))) {
            IngestReport r = Ingestor.create(store).extractor(extractor(a -> List.of())).build().ingest(List.of(in));
            assertEquals(4, r.stored());
            List<String> w = r.warnings();
            assertTrue(w.contains(in.resolve("declared.txt") + ": language 'fr' is not English: the rules read English only, "
                    + "expect few or no facts"), w::toString);
            assertTrue(w.stream().anyMatch(s -> s.startsWith(in.resolve("french.txt") + ": does not look like English")), w::toString);
            assertTrue(w.contains(in.resolve("page.txt") + ": looks like HTML markup, not plain text: extract the article text first"),
                    w::toString);
            assertTrue(w.stream().noneMatch(s -> s.startsWith(in.resolve("english.txt") + ": does not")), w::toString);
            assertEquals(4, w.stream().filter(s -> s.endsWith(": no facts found in it (stored with its metadata only)")).count(),
                    w::toString);
        }
    }

    static FactExtractor extractor(java.util.function.Function<Article, List<Fact>> f) {
        return new FactExtractor() {
            @Override
            public List<Fact> extract(Article article) {
                return f.apply(article);
            }

            @Override
            public String version() {
                return "stand-in";
            }
        };
    }
}
