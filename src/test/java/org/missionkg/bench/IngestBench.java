package org.missionkg.bench;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import org.missionkg.TestFiles;
import org.missionkg.annotate.CoreNlpAnnotator;
import org.missionkg.extract.FactExtractor;
import org.missionkg.extract.RuleBasedExtractor;
import org.missionkg.pipeline.Ingestor;
import org.missionkg.model.Article;
import org.missionkg.pipeline.IngestReport;
import org.missionkg.pipeline.StandardIngest;
import org.missionkg.screen.ScreenSets;
import org.missionkg.store.KnowledgeStore;

/**
 * {@code dev/bench-ingest}: the full ingest as {@code missionkg ingest} runs it (read, CoreNLP as
 * the ingest configures it, rules, mapping, SHACL check, batched store writes, consolidation) on
 * N distinct articles ({@link ArticleVariants} of every gold set's articles, written to one JSON
 * Lines file) with W workers (default: the number of cores), then CoreNLP's pipeline alone
 * (baseline annotators, CoreNLP's default settings, one thread) on the same texts in the same
 * run, in a JVM of its own with the same heap ({@link BaselineJvm}; {@code --baseline-in-process} runs it in this
 * one, after the ingest, as before 7 December 2026). Prints articles/s and tokens/s of each, the processor time per
 * article of each, the process's peak resident memory after the ingest and, on its last line, the ratio. Figures, no
 * assertions.
 *
 * <p>{@code --separate-models} gives every worker its own copy of CoreNLP's annotators instead of
 * the one set CoreNLP shares between pipelines of equal settings (to measure which is faster).
 * {@code -Dmissionkg.corenlp=...} changes the ingest's CoreNLP settings (see CoreNlpAnnotator).
 *
 * <pre>
 *   dev/bench-ingest [N=300] [--workers W] [--separate-models] [--baseline-first] [--baseline-in-process]
 *                    [--baseline tokenize,ssplit,pos,lemma,ner,depparse]
 * </pre>
 */
public final class IngestBench {
    static final String DEFAULT_BASELINE = "tokenize,ssplit,pos,lemma,ner,depparse";

    private IngestBench() {
    }

    public static void main(String[] args) throws IOException {
        int n = 300;
        String baseline = DEFAULT_BASELINE;
        int workers = Runtime.getRuntime().availableProcessors();
        boolean separate = false;
        boolean baselineFirst = false;
        boolean baselineInProcess = false;
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--baseline")) {
                baseline = args[++i];
            } else if (args[i].equals("--workers")) {
                workers = Integer.parseInt(args[++i]);
            } else if (args[i].equals("--separate-models")) {
                separate = true;
            } else if (args[i].equals("--baseline-first")) {
                baselineFirst = true;
            } else if (args[i].equals("--baseline-in-process")) {
                baselineInProcess = true;
            } else {
                n = Integer.parseInt(args[i]);
            }
        }
        System.out.println("load at start: " + BenchClock.load());
        List<Article> sources = new ArrayList<>();
        ScreenSets.all().forEach(s -> sources.addAll(s.articles()));
        List<Article> articles = ArticleVariants.of(sources, people(), n);
        long chars = articles.stream().mapToLong(a -> a.text().length()).sum();
        System.out.printf(Locale.ROOT, "%d distinct variants of %d gold-set articles, %,d characters%n",
                articles.size(), sources.size(), chars);
        Path dir = Files.createTempDirectory("bench-ingest");
        Path jsonl = dir.resolve("variants.jsonl");
        Files.writeString(jsonl, JsonLines.of(articles));

        // The run that goes second finds much of CoreNLP's code compiled by the JIT already (tokenizer, tagger, CRF,
        // SUTime, parser): --baseline-first shows how much the order gives.
        Baseline raw = null;
        if (baselineFirst) {
            raw = baselineInProcess ? baseline(baseline, sources, articles) : BaselineJvm.run(n, baseline);
            StanfordCoreNLP.clearAnnotatorPool(); // its models are not kept through the ingest
            System.gc();
            System.out.println("baseline run first" + (baselineInProcess ? "; peak resident memory below includes it" : ""));
        }

        // 1. the ingest as it is, on W workers, models loaded inside the run as the CLI does
        System.out.printf(Locale.ROOT, "ingest: %d workers, %s models%s%n", workers, separate ? "separate" : "shared",
                System.getProperty(CoreNlpAnnotator.OVERRIDES_PROPERTY) == null ? ""
                        : ", CoreNLP settings " + System.getProperty(CoreNlpAnnotator.OVERRIDES_PROPERTY));
        boolean separateModels = separate;
        long[] loadNanos = {0};
        java.util.function.Supplier<FactExtractor> extractors = () -> {
            long l0 = System.nanoTime();
            if (separateModels) {
                StanfordCoreNLP.clearAnnotatorPool(); // the next pipeline loads its own annotators
            }
            RuleBasedExtractor x = StandardIngest.extractor();
            sources.subList(0, 3).forEach(x::extract); // warm-up, counted with the load
            loadNanos[0] += System.nanoTime() - l0;
            return x;
        };
        IngestReport report;
        long[] parsed0 = CoreNlpAnnotator.parsedSoFar();
        long cpu0 = processCpuNanos();
        long t0 = System.nanoTime();
        try (KnowledgeStore store = KnowledgeStore.open(dir.resolve("store"))) {
            report = StandardIngest.builder(store, true, false, new java.io.PrintWriter(System.err, true),
                    Ingestor.DEFAULT_ARTICLE_BUDGET).extractor(extractors).workers(workers).build().ingest(List.of(jsonl));
        }
        double ingestLoad = loadNanos[0] / 1e9;
        double ingestSeconds = BenchClock.seconds(t0) - ingestLoad;
        // processor time of the whole process (all threads, the collector's too), less the models' load and warm-up,
        // which ran on one thread while nothing else did (so their wall time stands in for their processor time)
        double ingestCpu = (processCpuNanos() - cpu0) / 1e9 - ingestLoad;
        long[] parsed1 = CoreNlpAnnotator.parsedSoFar();
        System.out.println("ingest: " + report.summary());
        // the warm-up's three articles a worker are counted too
        System.out.printf(Locale.ROOT, "ingest: %,d sentences parsed (%.1f an article), %,d tokens in them; parser and "
                        + "graphs %.0f ms of processor time an article%n", parsed1[0] - parsed0[0],
                (parsed1[0] - parsed0[0]) / (double) articles.size(), parsed1[1] - parsed0[1],
                (parsed1[2] - parsed0[2]) / 1e6 / articles.size());
        String ingestRss = peakRss();
        System.gc();

        // 2. CoreNLP alone on the same texts
        if (raw == null) {
            raw = baselineInProcess ? baseline(baseline, sources, articles) : BaselineJvm.run(n, baseline);
        }
        double rawSeconds = raw.seconds();
        double rawCpu = raw.cpu();
        double rawLoad = raw.load();
        long tokens = raw.tokens();

        double ingestRate = articles.size() / ingestSeconds;
        double rawRate = articles.size() / rawSeconds;
        System.out.printf(Locale.ROOT, "tokens: %,d (%d per article)%n", tokens, tokens / articles.size());
        System.out.printf(Locale.ROOT, "ingest, %d workers:          %6.2f articles/s  %7.0f tokens/s  (%.1f s; models and warm-up %.1f s)%n",
                workers, ingestRate, tokens / ingestSeconds, ingestSeconds, ingestLoad);
        System.out.printf(Locale.ROOT, "CoreNLP %s, one thread%s: %6.2f articles/s  %7.0f tokens/s  (%.1f s; models %.1f s)%n",
                baseline, baselineInProcess ? "" : " in a JVM of its own", rawRate, tokens / rawSeconds, rawSeconds, rawLoad);
        System.out.printf(Locale.ROOT, "peak resident memory after the ingest %s (heap limit %.1f GB); peak heap %.1f GB; load at end: %s%n",
                ingestRss, Runtime.getRuntime().maxMemory() / 1e9, peakHeapGb(), BenchClock.load());
        // Processor time per article does not depend on how many cores were free, so it compares the two runs
        // even when another process took a core during one of them (it still grows a little under contention).
        System.out.printf(Locale.ROOT, "processor time per article: ingest %.0f ms, CoreNLP baseline %.0f ms (%.2f of it)%n",
                1000 * ingestCpu / articles.size(), 1000 * rawCpu / articles.size(), ingestCpu / rawCpu);
        // The baseline's own thread, without the collector's and the JIT's threads, and the collector's pauses: what
        // tells a slow baseline from one slowed by its heap.
        System.out.printf(Locale.ROOT, "baseline: annotating thread %.0f ms an article; collector %d pauses, %.0f ms an article%n",
                1000 * raw.threadCpu() / articles.size(), raw.gc().count(), (double) raw.gc().millis() / articles.size());
        System.out.printf(Locale.ROOT, "ratio ingest / CoreNLP baseline: %.2f x%n", ingestRate / rawRate);
    }

    /**
     * CoreNLP's pipeline alone: wall and processor seconds over the articles (the process's, collector and JIT
     * included, and the annotating thread's alone), the collector's work meanwhile, model load seconds, tokens.
     */
    record Baseline(double seconds, double cpu, double threadCpu, GcTotals gc, double load, long tokens) {
        private static final String TAG = "baseline figures:";

        /** One line that {@link #fromLine} reads back: how a baseline run in a JVM of its own reports. */
        String toLine() {
            return String.format(Locale.ROOT, "%s %.6f %.6f %.6f %.6f %d %d %d", TAG, seconds, cpu, threadCpu, load,
                    tokens, gc.count(), gc.millis());
        }

        /** The figures of a {@link #toLine} line, or null for any other line. */
        static Baseline fromLine(String line) {
            if (!line.startsWith(TAG)) {
                return null;
            }
            String[] f = line.substring(TAG.length()).strip().split(" ");
            return new Baseline(Double.parseDouble(f[0]), Double.parseDouble(f[1]), Double.parseDouble(f[2]),
                    new GcTotals(Long.parseLong(f[5]), Long.parseLong(f[6]), ""), Double.parseDouble(f[3]),
                    Long.parseLong(f[4]));
        }
    }

    /** Runs CoreNLP's pipeline with these annotators, default settings, one thread, over the articles. */
    static Baseline baseline(String annotators, List<Article> sources, List<Article> articles) {
        Properties props = new Properties();
        props.setProperty("annotators", annotators);
        long t0 = System.nanoTime();
        StanfordCoreNLP raw = new StanfordCoreNLP(props);
        double rawLoad = BenchClock.seconds(t0);
        sources.subList(0, 3).forEach(a -> raw.annotate(new Annotation(a.text())));
        long tokens = 0;
        long cpu0 = processCpuNanos();
        long thread0 = ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
        GcTotals gc0 = GcTotals.now();
        t0 = System.nanoTime();
        for (Article a : articles) {
            Annotation doc = new Annotation(a.text());
            raw.annotate(doc);
            tokens += doc.get(CoreAnnotations.TokensAnnotation.class).size();
        }
        double rawSeconds = BenchClock.seconds(t0);
        double threadCpu = (ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime() - thread0) / 1e9;
        return new Baseline(rawSeconds, (processCpuNanos() - cpu0) / 1e9, threadCpu, GcTotals.now().minus(gc0), rawLoad,
                tokens);
    }

    /** The people the gold sets name as commanders and office holders. */
    static Set<String> people() throws IOException {
        List<Path> tsvs = new ArrayList<>();
        tsvs.add(TestFiles.shared("gold/seed-facts.tsv"));
        for (String set : List.of("paraphrase", "heldout", "heldout2", "heldout3", "newsdev", "heldout4")) {
            tsvs.add(Path.of("src/test/resources", set, "expected-facts.tsv"));
        }
        Set<String> people = new TreeSet<>();
        for (Path tsv : tsvs) {
            for (String line : Files.readAllLines(tsv)) {
                String[] c = line.split("\t", -1);
                if (c.length > 1 && (c[0].equals("command") || c[0].equals("role")) && c[1].contains(" ")) {
                    people.add(c[1].strip());
                }
            }
        }
        return people;
    }

    /** The process's peak resident set so far (VmHWM), as Linux counts it. */
    private static String peakRss() {
        try {
            return Files.readAllLines(Path.of("/proc/self/status")).stream().filter(l -> l.startsWith("VmHWM:"))
                    .map(l -> String.format(Locale.ROOT, "%.2f GB", Long.parseLong(l.replaceAll("\\D", "")) / 1e6))
                    .findFirst().orElse("unknown");
        } catch (IOException e) {
            return "unknown";
        }
    }



    /** Processor time used so far by every thread of this process. */
    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
    }

    private static double peakHeapGb() {
        long peak = 0;
        for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) {
            if (p.getType() == MemoryType.HEAP && p.getPeakUsage() != null) {
                peak += p.getPeakUsage().getUsed();
            }
        }
        return peak / 1e9;
    }
}
