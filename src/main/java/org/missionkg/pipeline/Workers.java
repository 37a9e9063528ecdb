package org.missionkg.pipeline;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntFunction;

/**
 * N worker threads over one ingest's articles: each takes the next article not yet taken, works
 * it with its own {@link ArticleWork} and puts the outcome on a bounded queue for the single
 * writer. The queue's bound keeps memory flat: when the writer falls behind, workers wait
 * instead of piling up mapped graphs. After {@link #stop()} no worker takes another article.
 */
final class Workers implements AutoCloseable {
    private final ArticleFeed articles;
    private final AtomicBoolean stopped = new AtomicBoolean();
    private final BlockingQueue<Outcome> done;
    private final List<Thread> threads = new ArrayList<>();
    private final AtomicInteger running;

    /** {@code work}: the worker's own ArticleWork, made on its thread when it starts (given its number). */
    Workers(ArticleFeed articles, int count, int queueCapacity, IntFunction<ArticleWork> work) {
        this.articles = articles;
        this.done = new ArrayBlockingQueue<>(Math.max(1, queueCapacity));
        int n = Math.max(1, Math.min(count, articles.total()));
        this.running = new AtomicInteger(n);
        for (int i = 0; i < n; i++) {
            int number = i;
            Thread t = new Thread(() -> run(work, number), "missionkg-worker-" + i);
            t.setDaemon(true); // a worker stuck in CoreNLP must not keep the process alive after Ctrl-C
            threads.add(t);
        }
        threads.forEach(Thread::start);
    }

    private void run(IntFunction<ArticleWork> work, int number) {
        try (ArticleWork w = work.apply(number)) {
            for (ArticleFeed.Placed a; !stopped.get() && (a = articles.next()) != null; ) {
                Outcome o = w.process(a.index(), a.article());
                while (!done.offer(o, 200, TimeUnit.MILLISECONDS)) {
                    if (stopped.get()) {
                        return; // the writer is gone: this article is left for the next run
                    }
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            running.decrementAndGet();
        }
    }

    /**
     * The next outcome, waiting at most {@code millis}; null when none came in that time, and
     * also when every worker has ended and the queue is empty (then {@link #finished()} is true).
     */
    Outcome poll(long millis) throws InterruptedException {
        Outcome o = done.poll(millis, TimeUnit.MILLISECONDS);
        return o;
    }

    /** Every worker has ended and every outcome has been taken. */
    boolean finished() {
        return running.get() == 0 && done.isEmpty();
    }

    /** No worker takes another article; articles under way are finished but may not be taken. */
    void stop() {
        stopped.set(true);
    }

    /** The articles no worker has taken (after a stop, they are left for the next run). */
    int untaken() {
        return Math.max(0, articles.total() - articles.handedOut());
    }

    @Override
    public void close() {
        stop();
        threads.forEach(Thread::interrupt);
    }
}
