package org.missionkg.pipeline;

import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;
import org.missionkg.model.Article;
import org.missionkg.model.BadInputException;

/**
 * Runs each article's extraction on a worker thread and gives up on it after the budget: the
 * article is then skipped with a one-line reason and the batch goes on. The worker is
 * interrupted (CoreNLP stops at its next check) and, should it not stop, abandoned: it is a
 * daemon thread, and the next article gets a new one.
 */
final class Budget implements AutoCloseable {
    private final Duration budget;
    private ExecutorService worker;

    Budget(Duration budget) {
        this.budget = budget;
    }

    <T> T run(Article article, Supplier<T> work) {
        if (worker == null) {
            worker = Executors.newSingleThreadExecutor(r -> {
                Thread t = new Thread(r, "missionkg-extract");
                t.setDaemon(true);
                return t;
            });
        }
        Future<T> f = worker.submit(work::get);
        try {
            return f.get(budget.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            f.cancel(true);
            worker.shutdownNow();
            worker = null;
            throw new TimedOut(article.source(), String.format(java.util.Locale.ROOT,
                    "extraction took longer than the %s s allowed per article (%,d characters): skipped; "
                            + "split it, or raise --article-timeout", seconds(), article.text().length()));
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            if (e.getCause() instanceof Error err) {
                throw err;
            }
            throw new IllegalStateException(e.getCause());
        } catch (InterruptedException e) {
            f.cancel(true);
            Thread.currentThread().interrupt();
            throw new BadInputException(article.source(), "interrupted");
        }
    }

    /** The article took longer than the budget; the worker thread running it was abandoned. */
    static final class TimedOut extends BadInputException {
        TimedOut(String source, String message) {
            super(source, message);
        }
    }

    private String seconds() {
        long ms = budget.toMillis();
        return ms % 1000 == 0 ? Long.toString(ms / 1000) : String.format(java.util.Locale.ROOT, "%.1f", ms / 1000.0);
    }

    @Override
    public void close() {
        if (worker != null) {
            worker.shutdownNow();
        }
    }
}
