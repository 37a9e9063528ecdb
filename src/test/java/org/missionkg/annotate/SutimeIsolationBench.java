package org.missionkg.annotate;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.missionkg.GoldSets;
import org.missionkg.bench.BenchClock;
import org.missionkg.model.Article;

/**
 * What reading each sentence in isolation ({@link IsolatedSutime}: SUTime's marks taken back after every sentence)
 * costs the annotate stage, where all of SUTime's cost lies, read on a pool of extractors (one per thread reading at
 * once: the default) or on CoreNLP's one extractor, one sentence at a time under a lock (the way before the pool), and
 * with isolation off (CoreNLP as it is): the first ARTICLES of the gold sets' articles annotated by W workers sharing
 * CoreNLP's pooled annotators, as the ingest runs them, the settings in turns within one process after a warm-up (in
 * each setting), so that the JIT and the machine's load weigh on all alike; each round starts with the setting the
 * last one ended with. Prints the wall time and articles per second of each pass with the load, each setting's mean and
 * each setting's rate over the lock's.
 * {@code SutimeIsolationBench [ARTICLES=300] [ROUNDS=3] [WORKERS=2] [SETTINGS=lock,pool]} (settings: off, lock, pool).
 */
public final class SutimeIsolationBench {
    private SutimeIsolationBench() {
    }

    public static void main(String[] args) throws Exception {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 300;
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        int workers = args.length > 2 ? Integer.parseInt(args[2]) : 2;
        List<String> settings = List.of((args.length > 3 ? args[3] : "lock,pool").split(","));
        List<Article> articles = GoldSets.all().stream().flatMap(set -> set.readArticles().stream()).toList();
        articles = articles.subList(0, Math.min(n, articles.size()));
        System.out.println(articles.size() + " articles, " + workers + " workers, settings " + settings + "; load at start: "
                + BenchClock.load());
        List<CoreNlpAnnotator> nlp = new ArrayList<>();
        for (int w = 0; w < workers; w++) {
            nlp.add(CoreNlpAnnotator.create());
        }
        ExecutorService pool = Executors.newFixedThreadPool(workers);
        for (String setting : settings) {
            use(setting);
            pass(pool, nlp, articles.subList(0, Math.min(60, articles.size())));
        }
        Map<String, Double> sum = new LinkedHashMap<>();
        for (int r = 0; r < rounds; r++) {
            List<String> order = new ArrayList<>(settings);
            if (r % 2 == 1) {
                Collections.reverse(order);
            }
            for (String setting : order) {
                use(setting);
                double s = pass(pool, nlp, articles);
                sum.merge(setting, s, Double::sum);
                System.out.printf(Locale.ROOT, "round %d, %-4s: %6.1f s, %5.2f articles/s (load %s)%n", r, setting, s,
                        articles.size() / s, BenchClock.load());
            }
        }
        use("pool");
        pool.shutdown();
        StringBuilder mean = new StringBuilder("mean:");
        double read = (double) rounds * articles.size();
        sum.forEach((setting, s) -> mean.append(String.format(Locale.ROOT, " %s %.2f articles/s", setting, read / s)));
        if (sum.containsKey("lock")) {
            sum.forEach((setting, s) -> {
                if (!setting.equals("lock")) {
                    mean.append(String.format(Locale.ROOT, "; %s/lock %.3f", setting, sum.get("lock") / s));
                }
            });
        }
        System.out.println(mean);
        System.out.println("SUTime extractors made: " + nlp.get(0).isolatedSutime().extractors());
        System.out.println("load at end: " + BenchClock.load());
    }

    /** Switches SUTime to one setting (between passes, when nothing is being read). */
    private static void use(String setting) {
        switch (setting) {
            case "off" -> {
                IsolatedSutime.isolating = false;
                IsolatedSutime.pooled = true;
            }
            case "lock" -> {
                IsolatedSutime.isolating = true;
                IsolatedSutime.pooled = false;
            }
            case "pool" -> {
                IsolatedSutime.isolating = true;
                IsolatedSutime.pooled = true;
            }
            default -> throw new IllegalArgumentException("setting: off, lock or pool, not " + setting);
        }
    }

    /** Annotates the articles with the workers taking the next article as they finish one; wall seconds. */
    private static double pass(ExecutorService pool, List<CoreNlpAnnotator> nlp, List<Article> articles) throws Exception {
        AtomicInteger next = new AtomicInteger();
        long t = System.nanoTime();
        List<Future<?>> running = new ArrayList<>();
        for (CoreNlpAnnotator worker : nlp) {
            running.add(pool.submit(() -> {
                for (int i = next.getAndIncrement(); i < articles.size(); i = next.getAndIncrement()) {
                    worker.annotate(articles.get(i));
                }
            }));
        }
        for (Future<?> f : running) {
            f.get();
        }
        return (System.nanoTime() - t) / 1e9;
    }
}
