package org.missionkg.pipeline;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import java.util.function.Supplier;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.rdf.model.Model;
import org.missionkg.extract.FactExtractor;
import org.missionkg.map.ArticleGraphMapper;
import org.missionkg.model.Article;
import org.missionkg.model.Fact;
import org.missionkg.model.MissionKgException;
import org.missionkg.store.KnowledgeStore;
import org.missionkg.vocab.Iris;
import org.missionkg.vocab.MKG;

/**
 * One worker's part of the ingest, for one article at a time: is it unchanged, does the screen
 * pass it, extract (within the time budget), map, check. Writes nothing: the graph goes to the
 * single writer. Each worker has its own instance, with its own extractor (the rule engine keeps
 * per-instance caches that are not safe to share; CoreNLP's models underneath are shared) and its
 * own budget thread.
 */
final class ArticleWork implements AutoCloseable {
    private final KnowledgeStore store;
    private final ArticleGraphMapper mapper;
    private final Supplier<FactExtractor> extractors;
    private final Ingestor.GraphCheck check;
    private final Predicate<Article> screen;
    private final Clock clock;
    private final Budget budget;
    private FactExtractor extractor;

    ArticleWork(KnowledgeStore store, ArticleGraphMapper mapper, FactExtractor extractor, Supplier<FactExtractor> extractors,
                Ingestor.GraphCheck check, Predicate<Article> screen, Clock clock, java.time.Duration budgetTime) {
        this.store = store;
        this.mapper = mapper;
        this.extractor = extractor;
        this.extractors = extractors;
        this.check = check;
        this.screen = screen;
        this.clock = clock;
        this.budget = new Budget(budgetTime);
    }

    Outcome process(int index, Article article) {
        try {
            if (isUnchanged(article)) {
                return Outcome.of(index, article, Outcome.Kind.UNCHANGED);
            }
            if (screen != null && extractor != null && !screen.test(article)) {
                return Outcome.of(index, article, Outcome.Kind.SCREENED_OUT); // not about a mission: neither extracted nor stored
            }
            List<String> warnings = new ArrayList<>(InputWarnings.of(article));
            List<Fact> extracted = extractor == null ? List.of() : extract(article);
            // The same map-and-check the Spark job uses, so both make the same article graphs.
            ArticleGraphs.Result mapped = ArticleGraphs.mapChecked(mapper, check, article, extracted, Instant.now(clock));
            Model graph = mapped.graph();
            extracted = mapped.facts();
            List<String> dropped = mapped.dropped();
            if (extractor != null && extracted.isEmpty()) {
                warnings.add(ArticleGraphs.noFacts(article));
            }
            return new Outcome(index, article, Outcome.Kind.STORE, graph.getGraph(), extracted.size(), dropped, warnings, null);
        } catch (MissionKgException e) {
            return Outcome.skipped(index, article, e.getMessage());
        } catch (RuntimeException e) {
            return Outcome.skipped(index, article, article.source() + ": could not be processed: " + e);
        }
    }

    /**
     * Extraction within the budget. After a timeout the abandoned extraction may still be running
     * (on the budget's old thread) inside this worker's extractor: the worker takes a fresh one.
     */
    private List<Fact> extract(Article article) {
        FactExtractor x = extractor;
        try {
            return budget.run(article, () -> x.extract(article));
        } catch (Budget.TimedOut e) {
            if (extractors != null) {
                extractor = extractors.get();
            }
            throw e;
        }
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

    @Override
    public void close() {
        budget.close();
    }
}
