package org.missionkg.consolidate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.missionkg.bench.SyntheticCorpus;
import org.missionkg.model.FuzzyDate;
import org.missionkg.pipeline.DerivedGraphs;
import org.missionkg.store.KnowledgeStore;
import org.missionkg.vocab.Iris;
import org.missionkg.vocab.MKG;

/**
 * The conflicts question answers one row per recorded conflict, with how many claims and values it has and its
 * two farthest values as sides: on a synthetic store whose conflicts have many claims each (as at 100k articles,
 * where one row per pair of values could not be answered).
 */
class ConflictsQueryTest {
    @TempDir
    Path tmp;

    @Test
    void oneRowPerConflictWithItsCountsAndFarthestValues() {
        SyntheticCorpus corpus = SyntheticCorpus.create(5);
        try (KnowledgeStore store = KnowledgeStore.open(tmp.resolve("store"))) {
            store.replaceGraphs(corpus.articleGraphs(0, 300));
            DerivedGraphs.rebuild(store);
            Node consolidated = NodeFactory.createURI(Iris.CONSOLIDATED_GRAPH);
            // Per conflict (aspect mission subject), worked out here from the article graphs, not from what the
            // consolidation wrote on the conflict: its linked claims' values for the aspect.
            Map<String, Expected> expected = store.read(dsg -> {
                Map<String, Expected> out = new HashMap<>();
                dsg.find(consolidated, Node.ANY, org.apache.jena.vocabulary.RDF.type.asNode(), MKG.Conflict.asNode()).forEachRemaining(q -> {
                    Node c = q.getSubject();
                    String aspect = one(dsg, consolidated, c, MKG.aspect.asNode()).getLiteralLexicalForm();
                    String key = aspect + " " + one(dsg, consolidated, c, MKG.mission.asNode()).getURI() + " "
                            + one(dsg, consolidated, c, MKG.subject.asNode()).getURI();
                    Expected e = new Expected(new ArrayList<>(), new TreeSet<>());
                    dsg.find(consolidated, c, MKG.claim.asNode(), Node.ANY).forEachRemaining(l -> stated(dsg, l.getObject(), aspect, e));
                    out.put(key, e);
                });
                return out;
            });
            assertTrue(expected.values().stream().anyMatch(e -> e.values().size() > 2), "some conflict has more than two values");
            List<Map<String, String>> rows = store.read(dsg -> select(dsg, CannedQueries.prepare("conflicts", Map.of())));
            assertEquals(expected.size(), rows.size(), "one row per conflict");
            for (Map<String, String> r : rows) {
                String key = r.get("aspect") + " " + r.get("mission") + " " + r.get("subject");
                Expected e = expected.get(key);
                assertEquals(e.values().size(), Integer.parseInt(r.get("values")), key + ": distinct values stated");
                assertEquals(e.dates().size(), Integer.parseInt(r.get("claims")), key + ": claims stating a value");
                // The farthest values: side A ends no later than any value, side B begins no earlier.
                LocalDate aLast = FuzzyDate.parse(r.get("valueA")).latest();
                LocalDate bFirst = FuzzyDate.parse(r.get("valueB")).earliest();
                assertEquals(e.dates().stream().map(FuzzyDate::latest).min(LocalDate::compareTo).orElseThrow(), aLast, key + " side A");
                assertEquals(e.dates().stream().map(FuzzyDate::earliest).max(LocalDate::compareTo).orElseThrow(), bFirst, key + " side B");
                assertTrue(aLast.isBefore(bFirst), key + ": side A " + r.get("valueA") + " ends before side B " + r.get("valueB") + " begins");
                assertTrue(!r.get("articleA").isEmpty() && !r.get("articleB").isEmpty() && !r.get("quoteA").isEmpty(), r.toString());
            }
        }
    }

    /** A conflict's claims that state a value for its aspect: their values, and the distinct EDTF strings. */
    private record Expected(List<FuzzyDate> dates, Set<String> values) {
    }

    /** Adds what claim {@code c} states for the aspect (a "start" conflict may set start events' dates against tenures). */
    private static void stated(org.apache.jena.sparql.core.DatasetGraph dsg, Node c, String aspect, Expected e) {
        List<Node> properties = aspect.equals("start") ? List.of(MKG.start.asNode(), MKG.date.asNode())
                : List.of(NodeFactory.createURI(MKG.NS + aspect));
        for (Node p : properties) {
            dsg.find(Node.ANY, c, p, Node.ANY).forEachRemaining(q -> {
                String v = q.getObject().getLiteralLexicalForm();
                e.dates().add(FuzzyDate.parse(v));
                e.values().add(v);
            });
        }
    }

    private static Node one(org.apache.jena.sparql.core.DatasetGraph dsg, Node g, Node s, Node p) {
        return dsg.find(g, s, p, Node.ANY).next().getObject();
    }

    private static List<Map<String, String>> select(org.apache.jena.sparql.core.DatasetGraph dsg, org.apache.jena.query.Query q) {
        List<Map<String, String>> rows = new ArrayList<>();
        try (QueryExecution qe = QueryExecution.dataset(DatasetFactory.wrap(dsg)).query(q).build()) {
            ResultSet rs = qe.execSelect();
            while (rs.hasNext()) {
                QuerySolution s = rs.next();
                Map<String, String> row = new HashMap<>();
                rs.getResultVars().forEach(v -> row.put(v, s.get(v) == null ? "" : s.get(v).isLiteral()
                        ? s.getLiteral(v).getLexicalForm() : s.get(v).toString()));
                rows.add(row);
            }
        }
        return rows;
    }
}
