package org.missionkg.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.missionkg.vocab.Iris;
import org.missionkg.vocab.MKG;

/** Which article graphs changed since recorded: by node id in a real TDB2 store, by term elsewhere, the same answer. */
class ArticleStampsTest {
    static final Node STATE = NodeFactory.createURI(Iris.DERIVED_STATE_GRAPH);
    static final List<Node> STAMPS = List.of(MKG.sha256.asNode(), MKG.ingestedAt.asNode());
    static final List<Node> RECORDS = List.of(NodeFactory.createURI("urn:x:recSha"), NodeFactory.createURI("urn:x:recAt"));
    static final Predicate<Node> ARTICLE = g -> g.isURI() && g.getURI().startsWith(Iris.ARTICLE_GRAPH_PREFIX);

    @TempDir
    Path tmp;

    @Test
    void changedNewReplacedAndRemovedInTdb2() {
        try (KnowledgeStore store = KnowledgeStore.open(tmp.resolve("store"))) {
            steps(store);
        }
    }

    @Test
    void theSameWithoutTdb2() {
        DatasetGraph mem = DatasetGraphFactory.createTxnMem();
        steps(new Steps() {
            @Override
            public <T> T write(java.util.function.Function<DatasetGraph, T> action) {
                return org.apache.jena.system.Txn.calculateWrite(mem, () -> action.apply(mem));
            }
        });
    }

    /** Either store. */
    interface Steps {
        <T> T write(java.util.function.Function<DatasetGraph, T> action);
    }

    private static void steps(KnowledgeStore store) {
        steps(new Steps() {
            @Override
            public <T> T write(java.util.function.Function<DatasetGraph, T> action) {
                return store.write(action);
            }
        });
    }

    private static void steps(Steps s) {
        Node a = graph("a");
        Node b = graph("b");
        s.write(dsg -> {
            article(dsg, a, "aaa", "2026-01-01T00:00:00Z");
            article(dsg, b, "bbb", "2026-01-01T00:00:00Z");
            // Not an article graph: never reported.
            article(dsg, NodeFactory.createURI("urn:x:other"), "ccc", "2026-01-01T00:00:00Z");
            return null;
        });
        assertEquals(Set.of(a.getURI(), b.getURI()), s.write(ArticleStampsTest::changed), "nothing recorded yet");
        s.write(dsg -> {
            ArticleStamps.record(dsg, a, STAMPS, STATE, RECORDS);
            ArticleStamps.record(dsg, b, STAMPS, STATE, RECORDS);
            return null;
        });
        assertEquals(Set.of(), s.write(ArticleStampsTest::changed), "all recorded");
        s.write(dsg -> {
            dsg.deleteAny(a, Node.ANY, MKG.ingestedAt.asNode(), Node.ANY);
            dsg.add(a, NodeFactory.createURI(Iris.ARTICLE_PREFIX + "x"), MKG.ingestedAt.asNode(),
                    NodeFactory.createLiteralDT("2026-02-01T00:00:00Z", XSDDatatype.XSDdateTime));
            return null;
        });
        assertEquals(Set.of(a.getURI()), s.write(ArticleStampsTest::changed), "a replaced");
        s.write(dsg -> {
            ArticleStamps.record(dsg, a, STAMPS, STATE, RECORDS);
            dsg.removeGraph(b);
            return null;
        });
        assertEquals(Set.of(b.getURI()), s.write(ArticleStampsTest::changed), "b removed");
        s.write(dsg -> {
            dsg.deleteAny(STATE, b, Node.ANY, Node.ANY);
            return null;
        });
        assertEquals(Set.of(), s.write(ArticleStampsTest::changed), "b's record gone too");
    }

    private static Set<String> changed(DatasetGraph dsg) {
        return ArticleStamps.changed(dsg, STAMPS, STATE, RECORDS, ARTICLE);
    }

    private static Node graph(String id) {
        return NodeFactory.createURI(Iris.ARTICLE_GRAPH_PREFIX + id);
    }

    private static void article(DatasetGraph dsg, Node g, String sha, String at) {
        Node article = NodeFactory.createURI(Iris.ARTICLE_PREFIX + "x");
        dsg.add(g, article, MKG.sha256.asNode(), NodeFactory.createLiteralString(sha));
        dsg.add(g, article, MKG.ingestedAt.asNode(), NodeFactory.createLiteralDT(at, XSDDatatype.XSDdateTime));
    }
}
