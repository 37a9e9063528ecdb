package org.missionkg.extract;

import edu.stanford.nlp.coref.CorefCoreAnnotations;
import edu.stanford.nlp.coref.data.CorefChain;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.function.Supplier;
import org.missionkg.annotate.CoreNlpAnnotator;
import org.missionkg.bench.BenchClock;
import org.missionkg.model.AnnotatedArticle;
import org.missionkg.model.Article;
import org.missionkg.read.ArticleReader;
import org.missionkg.read.ArticleSources;
import org.missionkg.read.BodyCleaner;

/**
 * {@code dev/bench-coref}: what CoreNLP's coreference costs on top of the annotation the
 * extractor uses, on the same articles in one run. Configurations, each loaded alone (CoreNLP's
 * pool of annotators cleared before each, so every one loads its own models):
 * <ol>
 *   <li>the old pipeline: tokenize, ssplit, pos, lemma, ner, no parse;</li>
 *   <li>today's: the same and depparse on trigger sentences ({@code CoreNlpAnnotator.create(triggers)});</li>
 *   <li>the extractor's CoreNLP settings ({@code CoreNlpAnnotator.properties()}) with depparse on every sentence
 *       and {@code coref} (statistical), which needs the parse of every sentence (CorefProperties: statistical and
 *       fastneural detect mentions on dependency parses, md-model-dep);</li>
 *   <li>the same with {@code coref} (fastneural);</li>
 *   <li>CoreNLP's default pipeline alone (tokenize,ssplit,pos,lemma,ner,depparse, default settings), the baseline of issue 12.</li>
 * </ol>
 * Prints model load time, articles/s and tokens/s after a warm-up, heap in use after the load and
 * after the run (after a GC) and the peak heap of the run, the chains coref found, and the ratios
 * to the old pipeline and to CoreNLP's default. Figures, no assertions; they move ±30 % with the
 * machine's load (printed), so compare within one run.
 *
 * <pre>
 *   dev/bench-coref [FOLDER ...] [--rounds N]    (default: newsdev and newsdev2, 1 round)
 * </pre>
 */
public final class CorefBench {
    private CorefBench() {
    }

    record Row(String name, double load, double seconds, long tokens, int articles, double heapAfterLoad,
               double heapAfterRun, double peakHeap, int chains, int mentions) {
    }

    public static void main(String[] args) {
        List<Path> folders = new ArrayList<>();
        int rounds = 1;
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--rounds")) {
                rounds = Integer.parseInt(args[++i]);
            } else {
                folders.add(Path.of(args[i]));
            }
        }
        if (folders.isEmpty()) {
            folders = List.of(Path.of("src/test/resources/newsdev/articles"), Path.of("src/test/resources/newsdev2/articles"));
        }
        List<Article> articles = new ArrayList<>();
        for (Path f : ArticleSources.expand(folders).files()) {
            articles.addAll(ArticleReader.create().read(f));
        }
        System.out.printf(Locale.ROOT, "%d articles from %s, %d round(s); load at start: %s%n", articles.size(), folders,
                rounds, BenchClock.load());
        Set<String> triggers = GrammarRules.bundled().triggerLemmas();
        List<Row> rows = new ArrayList<>();
        rows.add(annotator("old: ner, no parse", articles, rounds, CoreNlpAnnotator::create));
        rows.add(annotator("today: ner + depparse on trigger sentences", articles, rounds,
                () -> CoreNlpAnnotator.create(triggers)));
        rows.add(raw("today's settings + depparse on all + coref statistical", articles, rounds, withCoref("statistical")));
        try {
            rows.add(raw("today's settings + depparse on all + coref fastneural", articles, rounds, withCoref("fastneural")));
        } catch (RuntimeException e) {
            System.out.println("fastneural did not load: " + e);
        }
        Properties defaults = new Properties();
        defaults.setProperty("annotators", "tokenize,ssplit,pos,lemma,ner,depparse");
        rows.add(raw("CoreNLP default: tokenize,ssplit,pos,lemma,ner,depparse", articles, rounds, defaults));
        Row old = rows.get(0);
        Row base = rows.get(rows.size() - 1);
        System.out.println();
        System.out.printf(Locale.ROOT, "%-58s %7s %9s %9s %8s %8s %8s %7s %10s %10s%n", "configuration", "load s",
                "art/s", "tok/s", "heap GB", "after", "peak", "chains", "x old", "x default");
        for (Row r : rows) {
            double rate = r.articles / r.seconds;
            System.out.printf(Locale.ROOT, "%-58s %7.1f %9.2f %9.0f %8.2f %8.2f %8.2f %7s %10.2f %10.2f%n", r.name, r.load,
                    rate, r.tokens / r.seconds, r.heapAfterLoad, r.heapAfterRun, r.peakHeap,
                    r.chains < 0 ? "-" : r.chains + "/" + r.mentions, rate / (old.articles / old.seconds),
                    rate / (base.articles / base.seconds));
        }
        System.out.println("heap GB: in use after the models loaded (after a GC); after: after the run; peak: the run's peak. "
                + "chains: coref chains/mentions found. load at end: " + BenchClock.load());
    }

    /** The extractor's CoreNLP settings, depparse on every sentence and coref with this algorithm. */
    private static Properties withCoref(String algorithm) {
        Properties p = CoreNlpAnnotator.properties();
        p.setProperty("annotators", p.getProperty("annotators") + ",depparse,coref");
        p.setProperty("coref.algorithm", algorithm);
        return p;
    }

    private static Row annotator(String name, List<Article> articles, int rounds, Supplier<CoreNlpAnnotator> make) {
        fresh();
        long t0 = System.nanoTime();
        CoreNlpAnnotator nlp = make.get();
        double load = BenchClock.seconds(t0);
        double heapAfterLoad = heapInUse();
        articles.subList(0, Math.min(3, articles.size())).forEach(nlp::annotate); // warm-up
        resetPeaks();
        long tokens = 0;
        t0 = System.nanoTime();
        for (int r = 0; r < rounds; r++) {
            for (Article a : articles) {
                AnnotatedArticle done = nlp.annotate(a);
                tokens += done.sentences().stream().mapToLong(s -> s.tokens().size()).sum();
            }
        }
        double seconds = BenchClock.seconds(t0);
        double peak = peakHeap();
        Row row = new Row(name, load, seconds, tokens, articles.size() * rounds, heapAfterLoad, heapInUse(), peak, -1, 0);
        System.out.printf(Locale.ROOT, "%s: %.2f articles/s (load %.1f s)%n", name, row.articles / seconds, load);
        return row;
    }

    private static Row raw(String name, List<Article> articles, int rounds, Properties p) {
        fresh();
        long t0 = System.nanoTime();
        StanfordCoreNLP nlp = new StanfordCoreNLP(p);
        double load = BenchClock.seconds(t0);
        double heapAfterLoad = heapInUse();
        articles.subList(0, Math.min(3, articles.size())).forEach(a -> nlp.annotate(new Annotation(a.text())));
        resetPeaks();
        long tokens = 0;
        int chains = 0;
        int mentions = 0;
        t0 = System.nanoTime();
        for (int r = 0; r < rounds; r++) {
            for (Article a : articles) {
                Annotation doc = new Annotation(CoreNlpAnnotator.capLines(BodyCleaner.clean(a.text()), CoreNlpAnnotator.MAX_LINE_CHARS));
                if (a.meta().published() != null && a.meta().published().earliest() != null) {
                    doc.set(CoreAnnotations.DocDateAnnotation.class, a.meta().published().earliest().toString());
                }
                nlp.annotate(doc);
                tokens += doc.get(CoreAnnotations.TokensAnnotation.class).size();
                Map<Integer, CorefChain> found = doc.get(CorefCoreAnnotations.CorefChainAnnotation.class);
                if (found != null) {
                    chains += found.size();
                    mentions += found.values().stream().mapToInt(c -> c.getMentionsInTextualOrder().size()).sum();
                }
            }
        }
        double seconds = BenchClock.seconds(t0);
        double peak = peakHeap();
        boolean coref = p.getProperty("annotators").contains("coref");
        Row row = new Row(name, load, seconds, tokens, articles.size() * rounds, heapAfterLoad, heapInUse(), peak,
                coref ? chains : -1, mentions);
        System.out.printf(Locale.ROOT, "%s: %.2f articles/s (load %.1f s)%n", name, row.articles / seconds, load);
        return row;
    }

    /** Forgets the models of the configuration before, so that the next loads (and is measured) alone. */
    private static void fresh() {
        StanfordCoreNLP.clearAnnotatorPool();
        heapInUse();
    }

    private static double heapInUse() {
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        Runtime rt = Runtime.getRuntime();
        return (rt.totalMemory() - rt.freeMemory()) / 1e9;
    }

    private static void resetPeaks() {
        ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
    }

    private static double peakHeap() {
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        return peak / 1e9;
    }


}
