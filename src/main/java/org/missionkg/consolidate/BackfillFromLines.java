package org.missionkg.consolidate;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.RDF;
import org.missionkg.vocab.MKG;

/**
 * What a consolidated graph recorded in an older format lacks, written from the claim lines ({@link ClaimRows})
 * the build record keeps: the conflicts' figures ({@link ConflictFigures#missing}) and the facts' article counts
 * ({@link ArticleCounts#missing}). One walk for both: the nodes of a type that lack a property, grouped by their
 * mission, so that each mission's lines are read and decoded once, and each node's claims looked up in them.
 */
final class BackfillFromLines {
    /** Writes what one node lacks on {@code target}, from the IRIs of its claims (in graph order) and its mission's claims by IRI. */
    interface Writer {
        void write(Node node, List<String> claimIris, Map<String, Claim> claims, Resource target);
    }

    private BackfillFromLines() {
    }

    /**
     * The triples to add to every node of {@code type} in {@code consolidated} that has no {@code marker}.
     *
     * @param described how the error names such a node and its link to a claim ("conflict %s names claim")
     * @throws IllegalStateException when a node names a claim its mission's lines do not hold (the lines are not
     *                               those of the graph: only a full rebuild can tell what it lacks)
     */
    static Model fill(Graph consolidated, Resource type, Property marker, Function<String, Collection<String>> linesOf,
                      String described, Writer writer) {
        Map<String, List<Node>> bareByMission = new TreeMap<>();
        consolidated.find(Node.ANY, RDF.type.asNode(), type.asNode()).forEachRemaining(t -> {
            Node n = t.getSubject();
            if (!consolidated.contains(n, marker.asNode(), Node.ANY)) {
                Node mission = consolidated.find(n, MKG.mission.asNode(), Node.ANY).next().getObject();
                bareByMission.computeIfAbsent(mission.getURI(), k -> new ArrayList<>()).add(n);
            }
        });
        Model out = ModelFactory.createDefaultModel();
        bareByMission.forEach((mission, nodes) -> {
            Map<String, Claim> claims = new HashMap<>();
            ClaimRows.decode(linesOf.apply(mission)).forEach(c -> claims.put(c.iri(), c));
            for (Node n : nodes) {
                List<String> iris = new ArrayList<>();
                consolidated.find(n, MKG.claim.asNode(), Node.ANY).forEachRemaining(l -> iris.add(l.getObject().getURI()));
                iris.stream().filter(i -> !claims.containsKey(i)).findFirst().ifPresent(i -> {
                    throw new IllegalStateException(String.format(described, n.getURI()) + " " + i
                            + ", which the claim lines of " + mission + " do not hold");
                });
                writer.write(n, iris, claims, out.createResource(n.getURI()));
            }
        });
        return out;
    }
}
