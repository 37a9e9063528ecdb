package org.missionkg.pipeline;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.LinkedHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.apache.jena.graph.Graph;
import org.apache.jena.rdf.model.Model;
import org.missionkg.extract.FactExtractor;
import org.missionkg.map.ArticleGraphMapper;
import org.missionkg.model.Article;
import org.missionkg.model.BadInputException;
import org.missionkg.read.ArticleReader;
import org.missionkg.read.ArticleSources;
import org.missionkg.store.KnowledgeStore;
import org.missionkg.vocab.Iris;

/**
 * The ingest flow: read → extract (annotate, extract, resolve) → map → check → store. Articles
 * are worked on by N workers in parallel (each with its own extractor over CoreNLP's shared
 * models); one writer commits their graphs in batches, each batch one write transaction, each
 * article's graph replaced whole. A bad article is skipped with a one-line reason and the rest
 * goes on; what was stored before is never touched by a failed article. {@link #stop()} (Ctrl-C)
 * ends the run after the batch in hand is committed; a re-run skips what was stored.
 *
 * <pre>
 *   IngestReport r = Ingestor.create(store).extractor(RuleBasedExtractor::create).workers(2).build().ingest(List.of(path));
 * </pre>
 */
public final class Ingestor {
    /** Default time one article's extraction may take: a long news article takes a few seconds. */
    public static final Duration DEFAULT_ARTICLE_BUDGET = Duration.ofSeconds(120);
    /** Default articles per write transaction: few transactions, little lost to a crash. */
    public static final int DEFAULT_BATCH = 64;
    /** A batch is committed after this long even when not full, so a slow run keeps what it did. */
    static final long BATCH_MILLIS = 5_000;

    private final KnowledgeStore store;
    private final ArticleReader reader;
    private final Supplier<FactExtractor> extractorSource;
    private final boolean sharedExtractor;
    private final GraphCheck check;
    private final Consumer<KnowledgeStore> afterIngest;
    private final Clock clock;
    private final java.util.function.Predicate<Article> screen;
    private final Duration articleBudget;
    private final int workers;
    private final int batch;
    private final Consumer<IngestProgress> progress;
    private final AtomicBoolean stopRequested = new AtomicBoolean();
    private final java.util.function.BiConsumer<String, Graph> beforeStore;
    private final long inputBudgetChars;

    /**
     * A check a mapped article graph must pass before it is stored. Returns the facts (by IRI)
     * that break it, with why: the ingest drops them, maps the article again and checks once
     * more, so one bad fact does not cost the article's other facts. Throws when what is wrong
     * is not one fact's doing (the article is then skipped). Called from several workers at once.
     */
    public interface GraphCheck {
        Map<String, String> check(Article article, Model graph);
    }

    private Ingestor(Builder b) {
        this.store = b.store;
        this.reader = b.reader;
        this.extractorSource = b.extractorSource;
        this.sharedExtractor = b.sharedExtractor;
        this.check = b.check;
        this.afterIngest = b.afterIngest;
        this.clock = b.clock;
        this.screen = b.screen;
        this.articleBudget = b.articleBudget;
        this.workers = b.sharedExtractor ? 1 : b.workers;
        this.batch = b.batch;
        this.progress = b.progress;
        this.beforeStore = b.beforeStore;
        this.inputBudgetChars = b.inputBudgetChars;
    }

    public static Builder create(KnowledgeStore store) {
        return new Builder(store);
    }

    /**
     * Asks a running {@link #ingest} to end: no new article is started, the graphs already made
     * are committed, the derived graphs brought up to date, and the report counts what was left.
     * Safe to call from any thread (a shutdown hook).
     */
    public void stop() {
        stopRequested.set(true);
    }

    /**
     * Reads and checks every input first; only when some article could be read are the extractors
     * loaded (the NLP models take tens of seconds), then the articles are extracted in parallel
     * (each within its time budget), checked and stored in batches. The derived graphs are brought up
     * to date at the end whatever happened, so that a run after a crash repairs them.
     */
    public IngestReport ingest(List<Path> paths) {
        long t0 = System.nanoTime();
        ArticleSources.Expanded expanded = ArticleSources.expand(paths);
        List<String> skipped = new ArrayList<>(expanded.problems());
        ArticleFeed articles = new ArticleFeed(reader, inputBudgetChars);
        Set<String> seen = new HashSet<>();
        int read = 0;
        for (Path file : expanded.files()) {
            ArticleReader.Read r;
            try {
                r = reader.readAll(file);
            } catch (BadInputException e) {
                skipped.add(e.getMessage());
                continue;
            }
            skipped.addAll(r.problems());
            BitSet taken = new BitSet();
            for (int i = 0; i < r.articles().size(); i++) {
                Article article = r.articles().get(i);
                read++;
                if (!seen.add(article.id())) {
                    skipped.add(article.source() + ": another article in this batch has the same id '" + article.id() + "'");
                    continue;
                }
                taken.set(i);
            }
            articles.add(file, r.articles(), taken);
        }
        Tally tally = new Tally(articles.total());
        if (articles.total() > 0 && !stopRequested.get()) {
            run(articles, tally);
        }
        FaultPoint.reached(FaultPoint.BEFORE_DERIVED);
        if (afterIngest != null) {
            afterIngest.accept(store);
        }
        skipped.addAll(tally.lines(tally.skipped));
        skipped.addAll(articles.lost());
        return new IngestReport(read, tally.stored, tally.unchanged, skipped, tally.lines(tally.dropped),
                tally.lines(tally.warnings), tally.facts, tally.quads, (System.nanoTime() - t0) / 1e9,
                screen == null || extractorSource == null ? -1 : tally.screenedOut,
                articles.total() - tally.done - articles.lostArticles());
    }

    /** Loads one extractor per worker, starts the workers, and commits what they make until all is done or a stop. */
    private void run(ArticleFeed articles, Tally tally) {
        int n = Math.max(1, Math.min(workers, articles.total()));
        List<FactExtractor> extractors = new ArrayList<>();
        if (extractorSource != null) {
            // Loaded here, one after the other: the first load reads the models, the others reuse them.
            for (int i = 0; i < (sharedExtractor ? 1 : n); i++) {
                extractors.add(extractorSource.get());
            }
        }
        if (stopRequested.get()) {
            return; // stopped while the models loaded: nothing started, everything left for the next run
        }
        ArticleGraphMapper mapper = ArticleGraphMapper.create(extractors.isEmpty() ? "none" : extractors.get(0).version());
        Supplier<FactExtractor> fresh = sharedExtractor || extractorSource == null ? null : synchronizedSource();
        long start = System.nanoTime();
        Batch pending = new Batch();
        try (Workers pool = new Workers(articles, n, 4 * n, i -> new ArticleWork(store, mapper,
                extractors.isEmpty() ? null : extractors.get(i), fresh, check, screen, clock, articleBudget))) {
            boolean stopping = false;
            while (true) {
                if (!stopping && stopRequested.get()) {
                    pool.stop();
                    stopping = true;
                }
                Outcome o = pool.poll(stopping ? 0 : 100);
                if (o != null) {
                    if (tally.take(o)) {
                        pending.add(o);
                    }
                }
                boolean end = o == null && (stopping || pool.finished());
                if (pending.size() >= batch || (pending.size() > 0 && pending.age() >= BATCH_MILLIS) || (end && pending.size() > 0)) {
                    commit(pending, tally);
                    pending = new Batch();
                }
                if (progress != null && (o != null || end)) {
                    progress.accept(new IngestProgress(tally.done, tally.total, tally.stored, tally.facts,
                            (System.nanoTime() - start) / 1e9));
                }
                if (end) {
                    break;
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            commit(pending, tally);
        }
    }

    private Supplier<FactExtractor> synchronizedSource() {
        Object lock = new Object();
        return () -> {
            synchronized (lock) {
                return extractorSource.get();
            }
        };
    }

    /**
     * The batch's graphs in one write transaction. Should that fail, each article is tried alone,
     * so that one graph the store cannot take costs that article only.
     */
    private void commit(Batch b, Tally tally) {
        if (b.size() == 0) {
            return;
        }
        List<Outcome> sent = new ArrayList<>();
        for (Outcome o : b.outcomes) {
            try {
                // Sent elsewhere first (ingest --to-endpoint), stored here after: the local store
                // says what is done, so a run cut short sends the rest next time.
                if (beforeStore != null) {
                    beforeStore.accept(Iris.articleGraph(o.article().id()), o.graph());
                }
                sent.add(o);
            } catch (RuntimeException e) {
                tally.skipped.put(o.index(), List.of(o.article().source() + ": could not be sent: " + e.getMessage()));
            }
        }
        try {
            Map<String, Graph> graphs = new LinkedHashMap<>();
            sent.forEach(o -> graphs.put(Iris.articleGraph(o.article().id()), o.graph()));
            store.replaceGraphs(graphs);
            sent.forEach(tally::stored);
        } catch (RuntimeException batchFailed) {
            for (Outcome o : sent) {
                try {
                    store.replaceGraph(Iris.articleGraph(o.article().id()), o.graph());
                    tally.stored(o);
                } catch (RuntimeException e) {
                    tally.skipped.put(o.index(), List.of(o.article().source() + ": could not be stored: " + e));
                }
            }
        }
        FaultPoint.reached(FaultPoint.ARTICLE_STORED);
    }

    /** Builds an {@link Ingestor}; only the store is required. */
    public static final class Builder {
        private final KnowledgeStore store;
        private ArticleReader reader = ArticleReader.create();
        private Supplier<FactExtractor> extractorSource;
        private boolean sharedExtractor;
        private int workers = Runtime.getRuntime().availableProcessors();
        private int batch = DEFAULT_BATCH;
        private Consumer<IngestProgress> progress;
        private GraphCheck check;
        private Duration articleBudget = DEFAULT_ARTICLE_BUDGET;
        private Consumer<KnowledgeStore> afterIngest;
        private Clock clock = Clock.systemUTC();
        private java.util.function.Predicate<Article> screen;
        private java.util.function.BiConsumer<String, Graph> beforeStore;
        private long inputBudgetChars = defaultInputBudget();

        private Builder(KnowledgeStore store) {
            this.store = Objects.requireNonNull(store, "store");
        }

        public Builder reader(ArticleReader reader) {
            this.reader = Objects.requireNonNull(reader, "reader");
            return this;
        }

        /**
         * Without an extractor only article metadata is stored. One given extractor instance is
         * used by one worker only (extractors keep caches that are not safe to share between
         * threads): for a parallel run give a supplier.
         */
        public Builder extractor(FactExtractor extractor) {
            this.extractorSource = extractor == null ? null : () -> extractor;
            this.sharedExtractor = extractor != null;
            return this;
        }

        /**
         * Extractors made only when some input could be read (loading the NLP models is slow): a
         * batch of bad files is reported without them. Called once per worker, one after the other,
         * before the work starts, and again for a worker whose article ran out of time.
         */
        public Builder extractor(Supplier<FactExtractor> source) {
            this.extractorSource = source;
            this.sharedExtractor = false;
            return this;
        }

        /** Articles worked on at once (default: the number of cores). */
        public Builder workers(int workers) {
            if (workers < 1) {
                throw new IllegalArgumentException("workers must be at least 1: " + workers);
            }
            this.workers = workers;
            return this;
        }

        /** Articles committed per write transaction (default 64; also committed every 5 s). */
        public Builder batch(int batch) {
            if (batch < 1) {
                throw new IllegalArgumentException("batch must be at least 1: " + batch);
            }
            this.batch = batch;
            return this;
        }

        /** Told after every article done and at the end, on the writer's thread. */
        public Builder progress(Consumer<IngestProgress> progress) {
            this.progress = progress;
            return this;
        }

        /** How long extracting one article may take before it is skipped (default 120 s). */
        public Builder articleBudget(Duration budget) {
            if (budget.isNegative() || budget.isZero()) {
                throw new IllegalArgumentException("budget must be positive: " + budget);
            }
            this.articleBudget = budget;
            return this;
        }

        public Builder check(GraphCheck check) {
            this.check = check;
            return this;
        }

        /**
         * Runs once at the end of every batch, even one that stored nothing (bringing the derived
         * graphs up to date: a crash may have left them behind the articles).
         */
        public Builder afterIngest(Consumer<KnowledgeStore> afterIngest) {
            this.afterIngest = afterIngest;
            return this;
        }

        /** A cheap test before extraction: an article it rejects is counted as screened out, not stored. */
        public Builder screen(java.util.function.Predicate<Article> screen) {
            this.screen = screen;
            return this;
        }

        /**
         * Called with each article graph just before it is stored (a remote copy: ingest
         * --to-endpoint). When it throws, the article is skipped and not stored, so that the next
         * run, which sees it as changed, sends it again.
         */
        public Builder beforeStore(java.util.function.BiConsumer<String, Graph> beforeStore) {
            this.beforeStore = beforeStore;
            return this;
        }

        /**
         * Characters of article text kept in memory between the check of every input and the work
         * on it (default: an eighth of the heap, about 100,000 articles in the launcher's 3 GB); the
         * files past it are read a second time when their turn comes (see {@link ArticleFeed}).
         */
        Builder inputBudget(long chars) {
            this.inputBudgetChars = chars;
            return this;
        }

        private static long defaultInputBudget() {
            return Runtime.getRuntime().maxMemory() / 8;
        }

        public Builder clock(Clock clock) {
            this.clock = Objects.requireNonNull(clock, "clock");
            return this;
        }

        public Ingestor build() {
            return new Ingestor(this);
        }
    }
}
