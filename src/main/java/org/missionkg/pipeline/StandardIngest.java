package org.missionkg.pipeline;

import java.io.PrintWriter;
import java.util.Map;
import java.util.TreeMap;
import org.apache.jena.rdf.model.Model;
import org.missionkg.extract.RuleBasedExtractor;
import org.missionkg.resolve.ArticleMentions;
import org.missionkg.screen.RelevanceScreen;
import org.missionkg.model.BadInputException;
import org.missionkg.store.KnowledgeStore;
import org.missionkg.store.ShapesCheck;
import org.missionkg.store.ShapesReport;
import org.missionkg.vocab.Iris;

/** Wires the stages together, so that every command and test ingests the same way. */
public final class StandardIngest {
    private StandardIngest() {
    }

    /**
     * The full ingest: extraction (CoreNLP is loaded here, once), a SHACL check of every article
     * graph before it is stored, then the reference graph and the consolidated graph rebuilt.
     */
    public static Ingestor ingestor(KnowledgeStore store, boolean extract, PrintWriter err) {
        return ingestor(store, extract, err, Ingestor.DEFAULT_ARTICLE_BUDGET);
    }

    /**
     * As above with a time budget per article. The models load only once the inputs have been
     * read and some article is usable, so a batch of bad files fails in a second.
     */
    public static Ingestor ingestor(KnowledgeStore store, boolean extract, PrintWriter err, java.time.Duration budget) {
        return ingestor(store, extract, false, err, budget);
    }

    /** As above; {@code screen}: only articles the relevance screen passes go to extraction. */
    public static Ingestor ingestor(KnowledgeStore store, boolean extract, boolean screen, PrintWriter err,
                                    java.time.Duration budget) {
        return builder(store, extract, screen, err, budget).build();
    }

    /** As above; {@code beforeStore}: called with each article graph before it is stored (ingest --to-endpoint). */
    public static Ingestor ingestor(KnowledgeStore store, boolean extract, boolean screen, PrintWriter err,
                                    java.time.Duration budget,
                                    java.util.function.BiConsumer<String, org.apache.jena.graph.Graph> beforeStore) {
        return builder(store, extract, screen, err, budget).beforeStore(beforeStore).build();
    }

    /**
     * The standard extractor (slow to make: it loads CoreNLP), told what an article's names stand
     * for by {@code resolve}: the one place in main code that joins the two stages, since extract
     * may not name resolve (the CLI's extract and the Spark job take theirs from here).
     */
    public static RuleBasedExtractor extractor() {
        return RuleBasedExtractor.create(ArticleMentions::over);
    }

    /**
     * The standard ingest, to be given workers, batch size or a progress listener before it is
     * built. Every worker gets its own extractor; CoreNLP reads its models for the first one
     * and lends the same annotators to the others.
     */
    public static Ingestor.Builder builder(KnowledgeStore store, boolean extract, boolean screen, PrintWriter err,
                                           java.time.Duration budget) {
        java.util.concurrent.atomic.AtomicBoolean told = new java.util.concurrent.atomic.AtomicBoolean();
        java.util.function.Supplier<org.missionkg.extract.FactExtractor> models = () -> {
            if (!told.getAndSet(true)) {
                err.println("Loading the NLP models (about 20-40 s)...");
                err.flush();
            }
            return extractor();
        };
        return Ingestor.create(store)
                .check(StandardIngest::checkShapes)
                .afterIngest(DerivedGraphs::ensureFresh)
                .extractor(extract ? models : null)
                .articleBudget(budget)
                .screen(screen ? RelevanceScreen.standard() : null);
    }

    /** The standard ingest with a given extractor (null: metadata only). */
    public static Ingestor ingestor(KnowledgeStore store, org.missionkg.extract.FactExtractor extractor) {
        return ingestor(store, extractor, false);
    }

    /**
     * The standard ingest with an extractor the caller loaded (and may share), with or without the
     * relevance screen, at the default time budget per article.
     */
    public static Ingestor ingestor(KnowledgeStore store, org.missionkg.extract.FactExtractor extractor, boolean screen) {
        return Ingestor.create(store)
                .check(StandardIngest::checkShapes)
                .afterIngest(DerivedGraphs::ensureFresh)
                .extractor(extractor)
                .screen(screen ? RelevanceScreen.standard() : null)
                .build();
    }

    /**
     * A graph that breaks a shape is never stored. Violations on fact nodes name those facts, which
     * the ingest leaves out; any other violation (the article's own metadata) skips the article
     * with the shape named.
     */
    static Map<String, String> checkShapes(org.missionkg.model.Article article, Model graph) {
        ShapesReport report = ShapesCheck.standard().check(graph.getGraph());
        Map<String, String> facts = new TreeMap<>();
        for (ShapesReport.Violation v : report.violations()) {
            String why = "breaks shape " + v.shape() + " at " + v.path() + ": " + v.message();
            if (!v.focusNode().startsWith(Iris.FACT_PREFIX)) {
                throw new BadInputException(article.source(), "its graph " + why + " (at " + v.focusNode() + ")"
                        + (report.violations().size() > 1 ? " (and " + (report.violations().size() - 1) + " more)" : ""));
            }
            facts.putIfAbsent(v.focusNode().replaceFirst("#.*$", ""), why); // its evidence nodes are fact#quote, ...
        }
        return facts;
    }

    /** Rebuilds the reference graph and the consolidated graph from all article graphs (see {@link DerivedGraphs#rebuild}). */
    public static void refresh(KnowledgeStore store) {
        DerivedGraphs.rebuild(store);
    }
}
