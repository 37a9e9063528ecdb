package org.missionkg.consolidate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
            // Per conflict (aspect mission subject): its claims, as the consolidated graph links them.
            Map<String, Integer> claims = store.read(dsg -> {
                Map<String, Integer> out = new HashMap<>();
                dsg.find(consolidated, Node.ANY, org.apache.jena.vocabulary.RDF.type.asNode(), MKG.Conflict.asNode()).forEachRemaining(q -> {
                    Node c = q.getSubject();
                    String key = one(dsg, consolidated, c, MKG.aspect.asNode()).getLiteralLexicalForm() + " "
                            + one(dsg, consolidated, c, MKG.mission.asNode()).getURI() + " " + one(dsg, consolidated, c, MKG.subject.asNode()).getURI();
                    out.put(key, (int) dsg.stream(consolidated, c, MKG.claim.asNode(), Node.ANY).count());
                });
                return out;
            });
            assertTrue(claims.values().stream().anyMatch(n -> n > 2), "some conflict has more than two claims: " + claims.values());
            List<Map<String, String>> rows = store.read(dsg -> select(dsg, CannedQueries.prepare("conflicts", Map.of())));
            assertEquals(claims.size(), rows.size(), "one row per conflict");
            for (Map<String, String> r : rows) {
                String key = r.get("aspect") + " " + r.get("mission") + " " + r.get("subject");
                assertEquals(claims.get(key), Integer.valueOf(r.get("claims")), key);
                int values = Integer.parseInt(r.get("values"));
                assertTrue(values >= 2 && values <= claims.get(key), key + ": " + values + " values");
                LocalDate aLast = FuzzyDate.parse(r.get("valueA")).latest();
                LocalDate bFirst = FuzzyDate.parse(r.get("valueB")).earliest();
                assertTrue(aLast.isBefore(bFirst), key + ": side A " + r.get("valueA") + " ends before side B " + r.get("valueB") + " begins");
                assertTrue(!r.get("articleA").isEmpty() && !r.get("articleB").isEmpty() && !r.get("quoteA").isEmpty(), r.toString());
            }
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
