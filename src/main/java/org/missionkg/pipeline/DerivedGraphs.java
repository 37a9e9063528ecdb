package org.missionkg.pipeline;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.GraphUtil;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.graph.GraphFactory;
import org.missionkg.consolidate.Consolidator;
import org.missionkg.map.ReferenceData;
import org.missionkg.map.Iris;
import org.missionkg.map.MKG;
import org.missionkg.resolve.Gazetteer;
import org.missionkg.store.KnowledgeStore;

/**
 * The graphs built from the article graphs (the reference graph and the consolidated graph)
 * and the record of which article set they were built from. The record is written in the same
 * transaction as the graphs, so a crash after an article commit and before the rebuild leaves
 * a record that no longer matches the articles: {@link #status} says so, and every command
 * that answers from the store calls {@link #ensureFresh} first.
 *
 * <p>The article set's fingerprint is a SHA-256 over each article graph's IRI with its article's
 * {@code mkg:sha256} and {@code mkg:ingestedAt}: the ingest writes a new {@code ingestedAt}
 * whenever it replaces an article graph, so any stored change changes the fingerprint.
 *
 * <pre>
 *   if (DerivedGraphs.ensureFresh(store)) { ... they were stale and have been rebuilt ... }
 * </pre>
 */
public final class DerivedGraphs {
    /** The predicate of the record: {@code <derived graph> mkg:builtFromArticles "fingerprint"}. */
    static final Node BUILT_FROM = NodeFactory.createURI(Iris.ONTOLOGY_NS + "builtFromArticles");

    /** Fresh: built from the articles now stored; stale: from another set; missing: never built (or the record is lost). */
    public enum Status { FRESH, STALE, MISSING }

    private DerivedGraphs() {
    }

    /** How the derived graphs stand against the article graphs now stored. */
    public static Status status(KnowledgeStore store) {
        return store.read(dsg -> {
            String now = fingerprint(dsg);
            String recorded = recorded(dsg);
            if (recorded == null) {
                return articleGraphs(dsg).isEmpty() ? Status.FRESH : Status.MISSING;
            }
            return recorded.equals(now) ? Status.FRESH : Status.STALE;
        });
    }

    /** Rebuilds the derived graphs when they are not fresh; true when it did. */
    public static boolean ensureFresh(KnowledgeStore store) {
        if (status(store) == Status.FRESH) {
            return false;
        }
        rebuild(store);
        return true;
    }

    /**
     * Rebuilds the reference graph (gazetteer, schemes) and the consolidated graph from all
     * article graphs, and records the article set they came from, all in one write transaction.
     */
    public static void rebuild(KnowledgeStore store) {
        record Snapshot(Model articles, String fingerprint) {
        }
        Snapshot s = store.read(dsg -> {
            Model m = ModelFactory.createDefaultModel();
            for (Node g : articleGraphs(dsg)) {
                GraphUtil.addInto(m.getGraph(), dsg.getGraph(g));
            }
            return new Snapshot(m, fingerprint(dsg));
        });
        Graph state = GraphFactory.createDefaultGraph();
        Node fp = NodeFactory.createLiteralString(s.fingerprint());
        state.add(Triple.create(NodeFactory.createURI(Iris.REFERENCE_GRAPH), BUILT_FROM, fp));
        state.add(Triple.create(NodeFactory.createURI(Iris.CONSOLIDATED_GRAPH), BUILT_FROM, fp));
        Map<String, Graph> graphs = new LinkedHashMap<>();
        graphs.put(Iris.REFERENCE_GRAPH, ReferenceData.graph(Gazetteer.bundled().model()).getGraph());
        graphs.put(Iris.CONSOLIDATED_GRAPH, new Consolidator().consolidate(s.articles()).getGraph());
        graphs.put(Iris.DERIVED_STATE_GRAPH, state);
        store.replaceGraphs(graphs);
    }

    /**
     * Records the derived graphs now stored as built from the articles now stored, without
     * rebuilding them: for stores assembled by other means (test fixtures, a restored export)
     * whose derived graphs are known to match.
     */
    public static void markFresh(KnowledgeStore store) {
        String fp = store.read(DerivedGraphs::fingerprint);
        Graph state = GraphFactory.createDefaultGraph();
        Node lit = NodeFactory.createLiteralString(fp);
        state.add(Triple.create(NodeFactory.createURI(Iris.REFERENCE_GRAPH), BUILT_FROM, lit));
        state.add(Triple.create(NodeFactory.createURI(Iris.CONSOLIDATED_GRAPH), BUILT_FROM, lit));
        store.replaceGraph(Iris.DERIVED_STATE_GRAPH, state);
    }

    /** What the status means, in one line for people. */
    public static String describe(Status status) {
        return switch (status) {
            case FRESH -> "derived graphs (reference, consolidated): built from the articles now stored";
            case STALE -> "derived graphs (reference, consolidated): STALE, built from another set of articles; "
                    + "run `missionkg rebuild` (or any ingest, query, ask, export or serve rebuilds them)";
            case MISSING -> "derived graphs (reference, consolidated): MISSING, never built for the articles stored; "
                    + "run `missionkg rebuild` (or any ingest, query, ask, export or serve builds them)";
        };
    }

    private static String recorded(DatasetGraph dsg) {
        Node consolidated = NodeFactory.createURI(Iris.CONSOLIDATED_GRAPH);
        var it = dsg.find(NodeFactory.createURI(Iris.DERIVED_STATE_GRAPH), consolidated, BUILT_FROM, Node.ANY);
        return it.hasNext() ? it.next().getObject().getLiteralLexicalForm() : null;
    }

    static List<Node> articleGraphs(DatasetGraph dsg) {
        List<Node> out = new ArrayList<>();
        dsg.listGraphNodes().forEachRemaining(n -> {
            if (n.isURI() && n.getURI().startsWith(Iris.ARTICLE_GRAPH_PREFIX)) {
                out.add(n);
            }
        });
        out.sort((a, b) -> a.getURI().compareTo(b.getURI()));
        return out;
    }

    /** The article set's fingerprint: cheap (two index look-ups per article graph), never the whole content. */
    static String fingerprint(DatasetGraph dsg) {
        MessageDigest md = sha256();
        for (Node g : articleGraphs(dsg)) {
            md.update(g.getURI().getBytes(StandardCharsets.UTF_8));
            for (Node p : List.of(MKG.sha256.asNode(), MKG.ingestedAt.asNode())) {
                List<String> values = new ArrayList<>();
                dsg.find(g, Node.ANY, p, Node.ANY).forEachRemaining(q -> values.add(q.getObject().toString()));
                values.sort(null);
                values.forEach(v -> md.update(("\t" + v).getBytes(StandardCharsets.UTF_8)));
            }
            md.update((byte) '\n');
        }
        return HexFormat.of().formatHex(md.digest());
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
