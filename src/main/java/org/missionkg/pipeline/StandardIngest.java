package org.missionkg.pipeline;

import java.io.PrintWriter;
import java.util.Map;
import java.util.TreeMap;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.missionkg.consolidate.Consolidator;
import org.missionkg.extract.RuleBasedExtractor;
import org.missionkg.map.Iris;
import org.missionkg.map.ReferenceData;
import org.missionkg.model.BadInputException;
import org.missionkg.resolve.Gazetteer;
import org.missionkg.screen.RelevanceScreen;
import org.missionkg.store.KnowledgeStore;
import org.missionkg.store.ShapesCheck;
import org.missionkg.store.ShapesReport;

/** Wires the stages together, so that every command and test ingests the same way. */
public final class StandardIngest {
    private StandardIngest() {
    }

    /**
     * The full ingest: extraction (CoreNLP is loaded here, once), a SHACL check of every article
     * graph before it is stored, then the reference graph and the consolidated graph rebuilt.
     */
    public static Ingestor ingestor(KnowledgeStore store, boolean extract, PrintWriter err) {
        return ingestor(store, extract, false, err);
    }

    /** As above; {@code screen}: only articles the relevance screen passes go to extraction. */
    public static Ingestor ingestor(KnowledgeStore store, boolean extract, boolean screen, PrintWriter err) {
        if (extract) {
            err.println("Loading the NLP models (about 20-40 s)...");
            err.flush();
        }
        return ingestor(store, extract ? RuleBasedExtractor.create() : null, screen ? RelevanceScreen.standard() : null);
    }

    /** The standard ingest with a given extractor (null: metadata only). */
    public static Ingestor ingestor(KnowledgeStore store, org.missionkg.extract.FactExtractor extractor) {
        return ingestor(store, extractor, null);
    }

    /** The standard ingest with a given extractor and relevance screen (either may be null). */
    public static Ingestor ingestor(KnowledgeStore store, org.missionkg.extract.FactExtractor extractor,
                                    RelevanceScreen screen) {
        return Ingestor.create(store)
                .screen(screen)
                .check(StandardIngest::checkShapes)
                .afterIngest(StandardIngest::refresh)
                .extractor(extractor)
                .build();
    }

    /**
     * A graph that breaks a shape is never stored. Violations on fact nodes name those facts, which
     * the ingest leaves out; any other violation (the article's own metadata) skips the article
     * with the shape named.
     */
    private static Map<String, String> checkShapes(org.missionkg.model.Article article, Model graph) {
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

    /** Rebuilds the reference graph (gazetteer, schemes) and the consolidated graph from all article graphs. */
    public static void refresh(KnowledgeStore store) {
        store.replaceGraph(Iris.REFERENCE_GRAPH, ReferenceData.graph(Gazetteer.bundled().model()).getGraph());
        Model articles = store.read(dsg -> {
            Model m = ModelFactory.createDefaultModel();
            for (String g : store.articleGraphs()) {
                org.apache.jena.graph.GraphUtil.addInto(m.getGraph(), dsg.getGraph(NodeFactory.createURI(g)));
            }
            return m;
        });
        store.replaceGraph(Iris.CONSOLIDATED_GRAPH, new Consolidator().consolidate(articles).getGraph());
    }
}
