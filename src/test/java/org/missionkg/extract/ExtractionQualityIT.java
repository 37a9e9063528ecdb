package org.missionkg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.missionkg.TestFiles;
import org.missionkg.model.Article;
import org.missionkg.model.Fact;
import org.missionkg.read.ArticleReader;
import org.missionkg.read.ArticleSources;

/**
 * Extraction against the gold: the seed corpus (data/articles, gold in ../shared/gold/seed-facts.tsv),
 * our own paraphrase set (src/test/resources/paraphrase) and the held-out sets, each set its own
 * test. Loads CoreNLP once for the class.
 */
class ExtractionQualityIT {
    static RuleBasedExtractor extractor;

    @BeforeAll
    static void load() {
        extractor = NlpHolder.extractor();
    }

    static List<Fact> extractAll(Path folder) {
        List<Fact> facts = new ArrayList<>();
        for (Path f : ArticleSources.expand(List.of(folder)).files()) {
            for (Article a : ArticleReader.create().read(f)) {
                facts.addAll(extractor.extract(a));
            }
        }
        return facts;
    }

    /** Extracts a gold set's articles, prints the comparison and holds it to the given precision and recall. */
    static GoldComparison measure(String name, Path articles, Path gold, double minPrecision, double minRecall) {
        return measure(name, articles, gold, minPrecision, minRecall, false);
    }

    /** As above; a blind set prints its scores only, never a missed or spurious fact someone could tune on. */
    static GoldComparison measure(String name, Path articles, Path gold, double minPrecision, double minRecall,
                                  boolean blind) {
        GoldComparison c = GoldComparison.compare(GoldComparison.gold(gold),
                GoldComparison.predicted(extractAll(articles)));
        System.out.println(blind ? c.scores(name + " (blind: scores only)") : c.report(name));
        assertTrue(c.overall().precision() >= minPrecision, name + " precision " + c.overall().precision());
        assertTrue(c.overall().recall() >= minRecall, name + " recall " + c.overall().recall());
        return c;
    }

    @Test
    void seedCorpusMeetsTheBar() {
        GoldComparison c = measure("Seed corpus", TestFiles.SEED_CORPUS, TestFiles.shared("gold/seed-facts.tsv"), 0.9, 0.9);
        assertTrue(c.dates().accuracy() >= 0.9, "seed date accuracy " + c.dates().accuracy());
    }

    @Test
    void paraphraseSetMeetsTheBar() {
        Path dir = Path.of("src/test/resources/paraphrase");
        measure("Paraphrase set", dir.resolve("articles"), dir.resolve("expected-facts.tsv"), 0.9, 0.9);
    }

    /**
     * Sets written by people who had not seen the rules. "heldout" has since been tuned on, so it
     * is held to the bar like the paraphrase set; "heldout2" was tuned on last and is held close to
     * where it stands; "heldout3" has not been, and tells how extraction does on wording nobody
     * tuned for: printed, with a floor that only catches a collapse.
     */
    @ParameterizedTest(name = "{0}: precision >= {1}, recall >= {2}, blind {3}")
    @CsvSource({"heldout, 0.9, 0.9, false", "heldout2, 0.9, 0.85, false", "heldout3, 0.80, 0.60, true"})
    void heldOutSetIsMeasured(String set, double minPrecision, double minRecall, boolean blind) {
        Path dir = Path.of("src/test/resources", set);
        measure("Held-out set " + set, dir.resolve("articles"), dir.resolve("expected-facts.tsv"), minPrecision,
                minRecall, blind);
    }

    /**
     * Sets in real-news style about missions none of the older sets covers (NATO, EU, UN, African
     * Union, SADC and national operations, 1948-2025), written by people who had not seen the rules.
     * "newsdev" to "newsdev5" are tuned on: held near where they stand, a guard against
     * going back. "heldout4" to "heldout7" are blind (never tuned on, their misses never
     * printed): scores only, with a floor that only catches a collapse.
     */
    @ParameterizedTest(name = "{0}: precision >= {1}, recall >= {2}, blind {3}")
    @CsvSource({"newsdev, 0.80, 0.52, false", "newsdev2, 0.85, 0.52, false", "newsdev3, 0.80, 0.45, false",
            "newsdev4, 0.75, 0.32, false", "newsdev5, 0.72, 0.48, false", "heldout4, 0.70, 0.42, true", "heldout5, 0.65, 0.33, true",
            "heldout6, 0.60, 0.30, true", "heldout7, 0.60, 0.30, true"})
    void realNewsSetIsMeasured(String set, double minPrecision, double minRecall, boolean blind) {
        Path dir = Path.of("src/test/resources", set);
        measure("Real-news set " + set, dir.resolve("articles"), dir.resolve("expected-facts.tsv"), minPrecision,
                minRecall, blind);
    }

    @Test
    void noFactFromPageNoise() {
        Path seed = TestFiles.SEED_CORPUS.resolve("004_811f0c9e4eb4394b.txt");
        Article a = ArticleReader.create().read(seed).get(0);
        int noiseStart = a.text().indexOf("Leave a Reply");
        assertTrue(noiseStart > 0);
        for (Fact f : extractor.extract(a)) {
            assertTrue(f.provenance().evidence().end() <= noiseStart, "fact from page noise: " + f);
        }
    }

    @Test
    void everyFactQuotesItsArticle() {
        for (Path f : ArticleSources.expand(List.of(TestFiles.SEED_CORPUS)).files()) {
            Article a = ArticleReader.create().read(f).get(0);
            List<Fact> facts = extractor.extract(a);
            assertFalse(facts.isEmpty());
            for (Fact fact : facts) {
                var e = fact.provenance().evidence();
                assertEquals(a.text().substring(e.start(), e.end()), e.exact());
            }
        }
    }
}
