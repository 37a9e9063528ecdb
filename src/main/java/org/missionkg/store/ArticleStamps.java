package org.missionkg.store;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;
import org.apache.jena.atlas.lib.tuple.Tuple;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.tdb2.store.DatasetGraphTDB;
import org.apache.jena.tdb2.store.NodeId;
import org.apache.jena.tdb2.store.nodetable.NodeTable;
import org.apache.jena.tdb2.store.nodetupletable.NodeTupleTable;
import org.apache.jena.tdb2.sys.TDBInternal;

/**
 * Which article graphs changed since a record was taken of them. An article graph's stamps are the
 * values of two of its properties (its {@code mkg:sha256} and {@code mkg:ingestedAt}); the record keeps,
 * in a graph of its own, {@code <article graph> recordedP <the same value>} for each. Comparing the two
 * needs no term to be read: TDB2 gives one node id to one term, so the stamps and the record are
 * compared as node ids straight from the indexes, and only the graphs that differ are read back. At
 * 100,000 articles this is a few hundred milliseconds where reading the terms took 5-10 s.
 *
 * <p>Ids are only compared with ids of the same store, read in the same transaction, so a store
 * rewritten by compaction (new ids) still compares right. A dataset that is not TDB2 is compared
 * term by term, with the same result.
 *
 * <pre>
 *   Set&lt;String&gt; changed = ArticleStamps.changed(dsg, stamps, state, recorded, isArticleGraph);
 *   ArticleStamps.record(dsg, articleGraph, stamps, state, recorded);   // in the write that consolidates it
 * </pre>
 */
public final class ArticleStamps {
    private ArticleStamps() {
    }

    /**
     * The IRIs of the graphs whose stamps ({@code stamps.get(i)} in the graph) differ from their record
     * ({@code recorded.get(i)} in {@code state}): changed, new (article graphs only) or gone.
     */
    public static Set<String> changed(DatasetGraph dsg, List<Node> stamps, Node state, List<Node> recorded,
            Predicate<Node> isArticleGraph) {
        if (stamps.size() != recorded.size()) {
            throw new IllegalArgumentException("one recorded property per stamp");
        }
        DatasetGraphTDB tdb = tdb(dsg);
        if (tdb == null) {
            return changedTerms(dsg, stamps, state, recorded, isArticleGraph);
        }
        NodeTupleTable quads = tdb.getQuadTable().getNodeTupleTable();
        NodeTable nodes = quads.getNodeTable();
        NodeId stateId = nodes.getNodeIdForNode(state);
        Map<NodeId, Set<List<NodeId>>> now = new HashMap<>();
        Map<NodeId, Set<List<NodeId>>> before = new HashMap<>();
        for (int i = 0; i < stamps.size(); i++) {
            NodeId p = nodes.getNodeIdForNode(stamps.get(i));
            NodeId tag = p;
            if (!NodeId.isDoesNotExist(p)) {
                // Quad tuples are graph, subject, predicate, object.
                for (Iterator<Tuple<NodeId>> it = quads.find(NodeId.NodeIdAny, NodeId.NodeIdAny, p, NodeId.NodeIdAny); it.hasNext(); ) {
                    Tuple<NodeId> q = it.next();
                    now.computeIfAbsent(q.get(0), k -> new HashSet<>()).add(List.of(tag, q.get(3)));
                }
            }
            NodeId r = nodes.getNodeIdForNode(recorded.get(i));
            if (!NodeId.isDoesNotExist(r) && !NodeId.isDoesNotExist(stateId)) {
                for (Iterator<Tuple<NodeId>> it = quads.find(stateId, NodeId.NodeIdAny, r, NodeId.NodeIdAny); it.hasNext(); ) {
                    Tuple<NodeId> q = it.next();
                    before.computeIfAbsent(q.get(1), k -> new HashSet<>()).add(List.of(tag, q.get(3)));
                }
            }
        }
        Set<NodeId> differ = new HashSet<>();
        now.forEach((g, v) -> {
            if (!v.equals(before.get(g))) {
                differ.add(g);
            }
        });
        before.keySet().stream().filter(g -> !now.containsKey(g)).forEach(differ::add);
        Set<String> out = new TreeSet<>();
        for (NodeId g : differ) {
            Node graph = nodes.getNodeForNodeId(g);
            // A graph with a record was an article graph when recorded, even if it is gone now.
            if (before.containsKey(g) || isArticleGraph.test(graph)) {
                out.add(graph.getURI());
            }
        }
        return out;
    }

    /** How many graphs have a record (of the first recorded property). */
    public static int recordedCount(DatasetGraph dsg, Node state, Node recordedFirst) {
        Set<Node> graphs = new HashSet<>();
        dsg.find(state, Node.ANY, recordedFirst, Node.ANY).forEachRemaining(q -> graphs.add(q.getSubject()));
        return graphs.size();
    }

    /** Records the graph's stamps as they are now, replacing its earlier record (inside a write transaction). */
    public static void record(DatasetGraph dsg, Node graph, List<Node> stamps, Node state, List<Node> recorded) {
        for (int i = 0; i < stamps.size(); i++) {
            Node r = recorded.get(i);
            dsg.deleteAny(state, graph, r, Node.ANY);
            List<Node> values = new java.util.ArrayList<>();
            dsg.find(graph, Node.ANY, stamps.get(i), Node.ANY).forEachRemaining(q -> values.add(q.getObject()));
            values.forEach(v -> dsg.add(state, graph, r, v));
        }
    }

    private static DatasetGraphTDB tdb(DatasetGraph dsg) {
        try {
            return TDBInternal.isTDB2(dsg) ? TDBInternal.getDatasetGraphTDB(dsg) : null;
        } catch (RuntimeException e) {
            return null;
        }
    }

    private static Set<String> changedTerms(DatasetGraph dsg, List<Node> stamps, Node state, List<Node> recorded,
            Predicate<Node> isArticleGraph) {
        Map<Node, Set<List<Node>>> now = new HashMap<>();
        Map<Node, Set<List<Node>>> before = new HashMap<>();
        for (int i = 0; i < stamps.size(); i++) {
            Node tag = stamps.get(i);
            dsg.find(Node.ANY, Node.ANY, tag, Node.ANY).forEachRemaining(q -> {
                if (isArticleGraph.test(q.getGraph())) {
                    now.computeIfAbsent(q.getGraph(), k -> new HashSet<>()).add(List.of(tag, q.getObject()));
                }
            });
            dsg.find(state, Node.ANY, recorded.get(i), Node.ANY).forEachRemaining(q ->
                    before.computeIfAbsent(q.getSubject(), k -> new HashSet<>()).add(List.of(tag, q.getObject())));
        }
        Set<String> out = new TreeSet<>();
        now.forEach((g, v) -> {
            if (!v.equals(before.get(g))) {
                out.add(g.getURI());
            }
        });
        before.keySet().stream().filter(g -> !now.containsKey(g)).forEach(g -> out.add(g.getURI()));
        return out;
    }
}
