package org.missionkg.pipeline;

import java.util.List;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.Quad;
import org.missionkg.store.KnowledgeStore;
import org.missionkg.vocab.Iris;
import org.missionkg.vocab.MKG;

/**
 * Stores as older code left them, made from a store of today: for the tests of the upgrade path and for
 * {@code dev/bench-store}, which times that path on a large store.
 */
public final class OldStores {
    private OldStores() {
    }

    /**
     * Leaves the store as the code before the stored article counts did: no mkg:articleCount on any consolidated
     * fact, claim lines without their article, and a build record that says so ({@link BuildRecord#RECORDED_V6}).
     */
    public static void recordedBeforeCounts(KnowledgeStore store) {
        Node consolidated = NodeFactory.createURI(Iris.CONSOLIDATED_GRAPH);
        Node state = NodeFactory.createURI(Iris.DERIVED_STATE_GRAPH);
        store.write(dsg -> {
            withoutAnswers(dsg);
            dsg.deleteAny(consolidated, Node.ANY, MKG.articleCount.asNode(), Node.ANY);
            List<Quad> lines = dsg.stream(state, Node.ANY, BuildRecord.CLAIM_LINE, Node.ANY).toList();
            for (Quad q : lines) {
                String text = q.getObject().getLiteralLexicalForm();
                dsg.delete(q);
                dsg.add(state, q.getSubject(), q.getPredicate(), NodeFactory.createLiteralString(text.substring(0, text.lastIndexOf('\t'))));
            }
            for (String g : List.of(Iris.REFERENCE_GRAPH, Iris.CONSOLIDATED_GRAPH, Iris.SUMMARY_GRAPH)) {
                dsg.deleteAny(state, NodeFactory.createURI(g), BuildRecord.BUILT_FROM, Node.ANY);
                dsg.add(state, NodeFactory.createURI(g), BuildRecord.BUILT_FROM, NodeFactory.createLiteralString(BuildRecord.RECORDED_V6));
            }
            return null;
        });
    }

    /**
     * Leaves the store as the code before the stored answers did: no mkg:StoredAnswer in the consolidated graph, and a
     * build record that says so ({@link BuildRecord#RECORDED_V7}).
     */
    public static void recordedBeforeAnswers(KnowledgeStore store) {
        Node state = NodeFactory.createURI(Iris.DERIVED_STATE_GRAPH);
        store.write(dsg -> {
            withoutAnswers(dsg);
            for (String g : List.of(Iris.REFERENCE_GRAPH, Iris.CONSOLIDATED_GRAPH, Iris.SUMMARY_GRAPH)) {
                dsg.deleteAny(state, NodeFactory.createURI(g), BuildRecord.BUILT_FROM, Node.ANY);
                dsg.add(state, NodeFactory.createURI(g), BuildRecord.BUILT_FROM, NodeFactory.createLiteralString(BuildRecord.RECORDED_V7));
            }
            return null;
        });
    }

    /**
     * Leaves the store as the code before {@code in-command-on} was stored (before 6 December 2026, 86a2bf9) did: the
     * other questions' stored answers as today (that code wrote them the same way), none for the questions that take
     * a parameter, and a build record that says so ({@link BuildRecord#RECORDED_V8}, that code's current record).
     */
    public static void recordedBeforeAnswersWithParameters(KnowledgeStore store) {
        Node consolidated = NodeFactory.createURI(Iris.CONSOLIDATED_GRAPH);
        Node state = NodeFactory.createURI(Iris.DERIVED_STATE_GRAPH);
        store.write(dsg -> {
            List<Node> answers = dsg.stream(consolidated, Node.ANY, MKG.question.asNode(), Node.ANY)
                    .filter(q -> !org.missionkg.consolidate.CannedQueries.get(q.getObject().getLiteralLexicalForm()).params().isEmpty())
                    .map(Quad::getSubject).toList();
            answers.forEach(a -> dsg.deleteAny(consolidated, a, Node.ANY, Node.ANY));
            for (String g : List.of(Iris.REFERENCE_GRAPH, Iris.CONSOLIDATED_GRAPH, Iris.SUMMARY_GRAPH)) {
                dsg.deleteAny(state, NodeFactory.createURI(g), BuildRecord.BUILT_FROM, Node.ANY);
                dsg.add(state, NodeFactory.createURI(g), BuildRecord.BUILT_FROM, NodeFactory.createLiteralString(BuildRecord.RECORDED_V8));
            }
            return null;
        });
    }

    /** Deletes every stored answer from the consolidated graph. */
    private static void withoutAnswers(org.apache.jena.sparql.core.DatasetGraph dsg) {
        Node consolidated = NodeFactory.createURI(Iris.CONSOLIDATED_GRAPH);
        List<Node> answers = dsg.stream(consolidated, Node.ANY, org.apache.jena.vocabulary.RDF.type.asNode(),
                MKG.StoredAnswer.asNode()).map(Quad::getSubject).toList();
        answers.forEach(a -> dsg.deleteAny(consolidated, a, Node.ANY, Node.ANY));
    }
}
