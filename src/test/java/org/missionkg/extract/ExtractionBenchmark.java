package org.missionkg.extract;

import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.missionkg.annotate.CoreNlpAnnotator;
import org.missionkg.model.Article;
import org.missionkg.read.ArticleReader;
import org.missionkg.read.ArticleSources;
import org.missionkg.read.BodyCleaner;
import org.missionkg.resolve.ArticleMentions;

/**
 * Prints extraction throughput next to CoreNLP's own pipeline on the same texts: articles/s,
 * tokens/s and peak heap; and the extractor with the grammar layer (the parser on trigger
 * sentences) against the same extractor without it, with their ratio on the last line. A benchmark, not a test: figures go in notes, never in assertions.
 * It lives with the tests, as the other benchmarks do, because it wires the extractor to
 * {@code resolve} as the pipeline does, which main code in {@code extract} may not name.
 *
 * <pre>
 *   dev/bench-extract data/articles 5
 * </pre>
 */
public final class ExtractionBenchmark {
    private ExtractionBenchmark() {
    }

    public static void main(String[] args) {
        Path folder = Path.of(args.length > 0 ? args[0] : "data/articles");
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        List<Article> articles = new ArrayList<>();
        for (Path f : ArticleSources.expand(List.of(folder)).files()) {
            articles.addAll(ArticleReader.create().read(f));
        }
        StanfordCoreNLP raw = CoreNlpAnnotator.rawPipeline();
        RuleBasedExtractor full = RuleBasedExtractor.create(ArticleMentions::over);
        RuleBasedExtractor surface = RuleBasedExtractor.createWithoutGrammar(ArticleMentions::over);
        long tokens = 0;
        for (Article a : articles) {
            Annotation doc = new Annotation(BodyCleaner.clean(a.text()));
            raw.annotate(doc);
            tokens += doc.get(edu.stanford.nlp.ling.CoreAnnotations.TokensAnnotation.class).size();
            full.extract(a);
            surface.extract(a);
        }
        double rawSeconds = time(() -> {
            for (int r = 0; r < rounds; r++) {
                for (Article a : articles) {
                    raw.annotate(new Annotation(BodyCleaner.clean(a.text())));
                }
            }
        });
        double surfaceSeconds = time(() -> {
            for (int r = 0; r < rounds; r++) {
                for (Article a : articles) {
                    surface.extract(a);
                }
            }
        });
        double fullSeconds = time(() -> {
            for (int r = 0; r < rounds; r++) {
                for (Article a : articles) {
                    full.extract(a);
                }
            }
        });
        long n = (long) articles.size() * rounds;
        long t = tokens * rounds;
        System.out.printf(Locale.ROOT, "articles: %d x %d rounds, %d tokens per round%n", articles.size(), rounds, tokens);
        System.out.printf(Locale.ROOT, "CoreNLP alone:     %.2f articles/s, %.0f tokens/s%n", n / rawSeconds, t / rawSeconds);
        System.out.printf(Locale.ROOT, "surface rules only (no parse): %.2f articles/s, %.0f tokens/s (%.2f x CoreNLP)%n",
                n / surfaceSeconds, t / surfaceSeconds, rawSeconds / surfaceSeconds);
        System.out.printf(Locale.ROOT, "missionkg extract: %.2f articles/s, %.0f tokens/s (%.2f x CoreNLP)%n",
                n / fullSeconds, t / fullSeconds, rawSeconds / fullSeconds);
        System.out.printf(Locale.ROOT, "with the parse on trigger sentences / without: %.2f%n", surfaceSeconds / fullSeconds);
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == java.lang.management.MemoryType.HEAP) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        System.out.printf(Locale.ROOT, "peak heap: %d MB%n", peak / (1024 * 1024));
    }

    private static double time(Runnable r) {
        long t0 = System.nanoTime();
        r.run();
        return (System.nanoTime() - t0) / 1e9;
    }
}
