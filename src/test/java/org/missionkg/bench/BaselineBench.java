package org.missionkg.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.missionkg.annotate.CoreNlpAnnotator;
import org.missionkg.model.Article;
import org.missionkg.pipeline.StandardIngest;
import org.missionkg.screen.ScreenSets;

/**
 * CoreNLP's pipeline alone, one thread, on the same N article variants {@code dev/bench-ingest} uses, in a JVM of its
 * own: to see what the baseline costs without the ingest beside it, and what sharing a heap with the ingest's models
 * does to it. Prints wall and processor time per article (the process's, which counts the collector's and the JIT's
 * threads, and the annotating thread's alone) and the collector's pauses counted during the run. Run it with the
 * heap and {@code -Xlog:gc} settings to compare; {@code --with-ingest-models} loads the ingest's extractor first and
 * keeps it reachable, as the baseline finds it when it runs after the ingest in {@code dev/bench-ingest}.
 *
 * <pre>
 *   java -Xmx6g -cp ... org.missionkg.bench.BaselineBench [N=300] [--with-ingest-models] [--baseline ANNOTATORS]
 * </pre>
 */
public final class BaselineBench {
    private BaselineBench() {
    }

    public static void main(String[] args) throws IOException {
        int n = 300;
        boolean withIngestModels = false;
        String annotators = IngestBench.DEFAULT_BASELINE;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--with-ingest-models" -> withIngestModels = true;
                case "--baseline" -> annotators = args[++i];
                default -> n = Integer.parseInt(args[i]);
            }
        }
        System.out.println("load at start: " + BenchClock.load());
        List<Article> sources = new ArrayList<>();
        ScreenSets.all().forEach(s -> sources.addAll(s.articles()));
        List<Article> articles = ArticleVariants.of(sources, IngestBench.people(), n);
        // CoreNlpAnnotator's class initialisation makes CoreNLP's reflective map constructors skip the JDK's access
        // check, which speeds the baseline too; in dev/bench-ingest it has always run before the baseline, so here too.
        CoreNlpAnnotator.properties();
        Object kept = null;
        if (withIngestModels) {
            var extractor = StandardIngest.extractor();
            sources.subList(0, 3).forEach(extractor::extract); // loads the parser too, as the ingest's warm-up does
            kept = extractor;
            System.gc();
            System.out.printf(Locale.ROOT, "ingest's models loaded and kept: %.2f GB of heap in use%n", heapUsedGb());
        }
        IngestBench.Baseline b = IngestBench.baseline(annotators, sources, articles);
        System.out.printf(Locale.ROOT, "baseline %s, %d articles, heap limit %.1f GB%s%n", annotators, articles.size(),
                Runtime.getRuntime().maxMemory() / 1e9, withIngestModels ? ", ingest's models beside it" : "");
        System.out.printf(Locale.ROOT, "per article: wall %.0f ms, processor time %.0f ms (the annotating thread's %.0f ms)%n",
                1000 * b.seconds() / articles.size(), 1000 * b.cpu() / articles.size(),
                1000 * b.threadCpu() / articles.size());
        System.out.printf(Locale.ROOT, "collector while annotating: %d collections, %.1f s (%.0f ms an article; %s)%n",
                b.gc().count(), b.gc().millis() / 1000.0, (double) b.gc().millis() / articles.size(), b.gc().names());
        System.out.printf(Locale.ROOT, "heap in use at end %.2f GB; load at end: %s%n", heapUsedGb(), BenchClock.load());
        if (kept != null) {
            System.out.println("(ingest's extractor still held: " + kept.getClass().getSimpleName() + ")");
        }
        System.out.println(b.toLine()); // for dev/bench-ingest, which runs this in a JVM of its own (BaselineJvm)
    }

    private static double heapUsedGb() {
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed() / 1e9;
    }
}
