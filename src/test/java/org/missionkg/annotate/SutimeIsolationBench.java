package org.missionkg.annotate;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.missionkg.GoldSets;
import org.missionkg.bench.BenchClock;
import org.missionkg.model.Article;

/**
 * What reading each sentence in isolation ({@link IsolatedSutime}: SUTime's marks taken back, one sentence at a time)
 * costs the annotate stage, where all of SUTime's cost lies: the first ARTICLES of the gold sets' articles annotated by
 * W workers sharing CoreNLP's pooled annotators, as the ingest runs them, with isolation on and off in turns within one
 * process after a warm-up, so that the JIT and the machine's load weigh on both alike. Prints the wall time and
 * articles per second of each pass and the load. {@code SutimeIsolationBench [ARTICLES=300] [ROUNDS=3] [WORKERS=2]}.
 */
public final class SutimeIsolationBench {
    private SutimeIsolationBench() {
    }

    public static void main(String[] args) throws Exception {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 300;
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        int workers = args.length > 2 ? Integer.parseInt(args[2]) : 2;
        List<Article> articles = GoldSets.all().stream().flatMap(set -> set.readArticles().stream()).toList();
        articles = articles.subList(0, Math.min(n, articles.size()));
        System.out.println(articles.size() + " articles, " + workers + " workers; load at start: " + BenchClock.load());
        List<CoreNlpAnnotator> nlp = new ArrayList<>();
        for (int w = 0; w < workers; w++) {
            nlp.add(CoreNlpAnnotator.create());
        }
        ExecutorService pool = Executors.newFixedThreadPool(workers);
        pass(pool, nlp, articles.subList(0, Math.min(60, articles.size())));
        double[] sum = new double[2];
        for (int r = 0; r < rounds; r++) {
            for (boolean on : new boolean[] {r % 2 == 0, r % 2 != 0}) {
                IsolatedSutime.isolating = on;
                double s = pass(pool, nlp, articles);
                sum[on ? 1 : 0] += s;
                System.out.printf(Locale.ROOT, "round %d, isolation %-3s: %6.1f s, %5.2f articles/s (load %s)%n", r, on ? "on" : "off", s,
                        articles.size() / s, BenchClock.load());
            }
        }
        IsolatedSutime.isolating = true;
        pool.shutdown();
        System.out.printf(Locale.ROOT, "mean: off %.2f articles/s, on %.2f articles/s, on/off %.3f%n", rounds * articles.size() / sum[0],
                rounds * articles.size() / sum[1], sum[0] / sum[1]);
        System.out.println("load at end: " + BenchClock.load());
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
