package org.missionkg.pipeline;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.rdf.model.Model;
import org.missionkg.extract.FactExtractor;
import org.missionkg.map.ArticleGraphMapper;
import org.missionkg.map.Iris;
import org.missionkg.map.MKG;
import org.missionkg.model.Article;
import org.missionkg.model.BadInputException;
import org.missionkg.model.Fact;
import org.missionkg.model.MissionKgException;
import org.missionkg.read.ArticleReader;
import org.missionkg.read.ArticleSources;
import org.missionkg.store.KnowledgeStore;

/**
 * The ingest flow: read → extract (annotate, extract, resolve) → map → check → store, one
 * article at a time, each article's graph replaced whole in its own write transaction. A bad
 * article is skipped with a one-line reason and the rest of the batch goes on; what was
 * stored before is never touched by a failed article.
 *
 * <pre>
 *   IngestReport r = Ingestor.create(store).extractor(extractor).build().ingest(List.of(path));
 * </pre>
 */
public final class Ingestor {
    /** Default time one article's extraction may take: a long news article takes a few seconds. */
    public static final Duration DEFAULT_ARTICLE_BUDGET = Duration.ofSeconds(120);

    private final KnowledgeStore store;
    private final ArticleReader reader;
    private final Supplier<FactExtractor> extractorSource;
    private final GraphCheck check;
    private final Consumer<KnowledgeStore> afterIngest;
    private final Clock clock;
    private final java.util.function.Predicate<Article> screen;
    private final Duration articleBudget;

    /**
     * A check a mapped article graph must pass before it is stored. Returns the facts (by IRI)
     * that break it, with why: the ingest drops them, maps the article again and checks once
     * more, so one bad fact does not cost the article's other facts. Throws when what is wrong
     * is not one fact's doing (the article is then skipped).
     */
    public interface GraphCheck {
        Map<String, String> check(Article article, Model graph);
    }

    private Ingestor(Builder b) {
        this.store = b.store;
        this.reader = b.reader;
        this.extractorSource = b.extractorSource;
        this.check = b.check;
        this.afterIngest = b.afterIngest;
        this.clock = b.clock;
        this.screen = b.screen;
        this.articleBudget = b.articleBudget;
    }

    public static Builder create(KnowledgeStore store) {
        return new Builder(store);
    }

    /**
     * Reads and checks every input first; only when some article could be read is the extractor
     * loaded (the NLP models take tens of seconds), then each article is extracted (within its
     * time budget), checked and stored in its own transaction. The derived graphs are brought up
     * to date at the end whatever happened, so that a run after a crash repairs them.
     */
    public IngestReport ingest(List<Path> paths) {
        long t0 = System.nanoTime();
        ArticleSources.Expanded expanded = ArticleSources.expand(paths);
        List<String> skipped = new ArrayList<>(expanded.problems());
        List<String> warnings = new ArrayList<>();
        List<String> dropped = new ArrayList<>();
        List<Article> articles = new ArrayList<>();
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
            for (Article article : r.articles()) {
                read++;
                if (!seen.add(article.id())) {
                    skipped.add(article.source() + ": another article in this batch has the same id '" + article.id() + "'");
                    continue;
                }
                articles.add(article);
            }
        }
        int stored = 0;
        int unchanged = 0;
        int facts = 0;
        int screenedOut = 0;
        long quads = 0;
        if (!articles.isEmpty()) {
            FactExtractor extractor = extractorSource == null ? null : extractorSource.get();
            ArticleGraphMapper mapper = ArticleGraphMapper.create(extractor == null ? "none" : extractor.version());
            try (Budget budget = new Budget(articleBudget)) {
                for (Article article : articles) {
                    try {
                        if (isUnchanged(mapper, article)) {
                            unchanged++;
                            continue;
                        }
                        if (screen != null && extractor != null && !screen.test(article)) {
                            screenedOut++; // not about a mission: neither extracted nor stored
                            continue;
                        }
                        List<String> notes = InputWarnings.of(article);
                        List<Fact> extracted = extractor == null ? List.of() : budget.run(article, () -> extractor.extract(article));
                        ArticleGraphs.Result mapped = ArticleGraphs.mapChecked(mapper, check, article, extracted, Instant.now(clock));
                        Model graph = mapped.graph();
                        extracted = mapped.facts();
                        dropped.addAll(mapped.dropped());
                        store.replaceGraph(Iris.articleGraph(article.id()), graph.getGraph());
                        FaultPoint.reached(FaultPoint.ARTICLE_STORED);
                        stored++;
                        facts += extracted.size();
                        quads += graph.size();
                        warnings.addAll(notes);
                        if (extractor != null && extracted.isEmpty()) {
                            warnings.add(ArticleGraphs.noFacts(article));
                        }
                    } catch (MissionKgException e) {
                        skipped.add(e.getMessage());
                    } catch (RuntimeException e) {
                        skipped.add(article.source() + ": could not be processed: " + e);
                    }
                }
            }
        }
        FaultPoint.reached(FaultPoint.BEFORE_DERIVED);
        if (afterIngest != null) {
            afterIngest.accept(store);
        }
        return new IngestReport(read, stored, unchanged, skipped, dropped, warnings, facts, quads, store.size(),
                (System.nanoTime() - t0) / 1e9, screen == null || extractorSource == null ? -1 : screenedOut);
    }

    /**
     * Same text, same metadata and same extractor version as the stored graph: nothing to do.
     * The sha256 covers the body only, so the article's own triples are compared too: a
     * corrected title or publication date (which relative dates resolve against) must be stored.
     */
    private boolean isUnchanged(ArticleGraphMapper mapper, Article article) {
        Node g = NodeFactory.createURI(Iris.articleGraph(article.id()));
        Node a = NodeFactory.createURI(Iris.article(article.id()));
        Set<Triple> fresh = aboutArticle(mapper.map(article, List.of(), Instant.EPOCH).getGraph(), a);
        return store.read(dsg -> aboutArticle(dsg.getGraph(g), a).equals(fresh));
    }

    /** What a graph says about the article itself (sha256, version, metadata), apart from when it was ingested. */
    private static Set<Triple> aboutArticle(Graph graph, Node article) {
        Set<Triple> out = new HashSet<>();
        graph.find(article, Node.ANY, Node.ANY)
                .filterDrop(t -> t.getPredicate().equals(MKG.ingestedAt.asNode()))
                .forEachRemaining(out::add);
        return out;
    }

    /** Builds an {@link Ingestor}; only the store is required. */
    public static final class Builder {
        private final KnowledgeStore store;
        private ArticleReader reader = ArticleReader.create();
        private Supplier<FactExtractor> extractorSource;
        private GraphCheck check;
        private Duration articleBudget = DEFAULT_ARTICLE_BUDGET;
        private Consumer<KnowledgeStore> afterIngest;
        private Clock clock = Clock.systemUTC();
        private java.util.function.Predicate<Article> screen;

        private Builder(KnowledgeStore store) {
            this.store = Objects.requireNonNull(store, "store");
        }

        public Builder reader(ArticleReader reader) {
            this.reader = Objects.requireNonNull(reader, "reader");
            return this;
        }

        /** Without an extractor only article metadata is stored. */
        public Builder extractor(FactExtractor extractor) {
            this.extractorSource = extractor == null ? null : () -> extractor;
            return this;
        }

        /**
         * An extractor made only when some input could be read (loading the NLP models is slow):
         * a batch of bad files is reported without it. Called at most once per ingest.
         */
        public Builder extractor(Supplier<FactExtractor> source) {
            this.extractorSource = source;
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

        public Builder clock(Clock clock) {
            this.clock = Objects.requireNonNull(clock, "clock");
            return this;
        }

        public Ingestor build() {
            return new Ingestor(this);
        }
    }
}
