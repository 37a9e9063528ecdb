package org.missionkg.pipeline;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;
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
    private final KnowledgeStore store;
    private final ArticleReader reader;
    private final FactExtractor extractor;
    private final ArticleGraphMapper mapper;
    private final GraphCheck check;
    private final Consumer<KnowledgeStore> afterIngest;
    private final Clock clock;
    private final java.util.function.Predicate<Article> screen;

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
        this.extractor = b.extractor;
        this.mapper = ArticleGraphMapper.create(b.extractor == null ? "none" : b.extractor.version());
        this.check = b.check;
        this.afterIngest = b.afterIngest;
        this.clock = b.clock;
        this.screen = b.screen;
    }

    public static Builder create(KnowledgeStore store) {
        return new Builder(store);
    }

    public IngestReport ingest(List<Path> paths) {
        long t0 = System.nanoTime();
        ArticleSources.Expanded expanded = ArticleSources.expand(paths);
        List<String> skipped = new ArrayList<>(expanded.problems());
        List<String> dropped = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        int read = 0;
        int stored = 0;
        int unchanged = 0;
        int facts = 0;
        int screenedOut = 0;
        long quads = 0;
        for (Path file : expanded.files()) {
            List<Article> articles;
            try {
                articles = reader.read(file);
            } catch (BadInputException e) {
                skipped.add(e.getMessage());
                continue;
            }
            for (Article article : articles) {
                read++;
                if (!seen.add(article.id())) {
                    skipped.add(article.source() + ": another article in this batch has the same id '" + article.id() + "'");
                    continue;
                }
                try {
                    if (isUnchanged(article)) {
                        unchanged++;
                        continue;
                    }
                    if (screen != null && extractor != null && !screen.test(article)) {
                        screenedOut++; // not about a mission: neither extracted nor stored
                        continue;
                    }
                    List<Fact> extracted = extractor == null ? List.of() : extractor.extract(article);
                    Instant now = Instant.now(clock);
                    Model graph = mapper.map(article, extracted, now);
                    if (check != null) {
                        Map<String, String> rejected = check.check(article, graph);
                        if (!rejected.isEmpty()) {
                            extracted = extracted.stream().filter(f -> !rejected.containsKey(Iris.fact(f))).toList();
                            graph = mapper.map(article, extracted, now);
                            Map<String, String> still = check.check(article, graph);
                            if (!still.isEmpty()) {
                                throw new BadInputException(article.source(), "its graph breaks the shapes even without the "
                                        + rejected.size() + " fact(s) that did: " + still.values().iterator().next());
                            }
                            rejected.forEach((fact, why) -> dropped.add(article.source() + ": fact " + fact + " left out: " + why));
                        }
                    }
                    store.replaceGraph(Iris.articleGraph(article.id()), graph.getGraph());
                    stored++;
                    facts += extracted.size();
                    quads += graph.size();
                } catch (MissionKgException e) {
                    skipped.add(e.getMessage());
                } catch (RuntimeException e) {
                    skipped.add(article.source() + ": could not be processed: " + e);
                }
            }
        }
        if (stored > 0 && afterIngest != null) {
            afterIngest.accept(store);
        }
        return new IngestReport(read, stored, unchanged, skipped, dropped, facts, quads, store.size(),
                (System.nanoTime() - t0) / 1e9, screen == null || extractor == null ? -1 : screenedOut);
    }

    /**
     * Same text, same metadata and same extractor version as the stored graph: nothing to do.
     * The sha256 covers the body only, so the article's own triples are compared too: a
     * corrected title or publication date (which relative dates resolve against) must be stored.
     */
    private boolean isUnchanged(Article article) {
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
        private FactExtractor extractor;
        private GraphCheck check;
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
            this.extractor = extractor;
            return this;
        }

        public Builder check(GraphCheck check) {
            this.check = check;
            return this;
        }

        /** Runs once after a batch that stored anything (consolidation, reference data). */
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
