package org.missionkg.consolidate;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.function.Predicate;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.RDF;
import org.missionkg.vocab.MKG;
import org.missionkg.vocab.PROV;

/**
 * What consolidation reads, taken from a dataset's article graphs by index look-ups instead of
 * copying whole graphs (article texts and evidence are most of a store and consolidation reads
 * none of it): the claim nodes (command, lead, event) with the properties {@link ClaimReader}
 * reads, and what it reads to know a commander's country (role holdings, countries, a command's
 * {@code mkg:country}).
 *
 * <p>Consolidation works mission by mission: every merged fact, derived value and conflict
 * belongs to one mission and depends only on that mission's claims and on the countries of the
 * mission's commanders. The claims of a mission are kept as lines in the build record
 * ({@link ClaimRows}); {@link #ofGraph} reads those of one changed article and {@link #people} the
 * commanders' countries, so that one new article costs the missions it touches, not the store.
 *
 * <pre>
 *   Model people = StoreClaims.people(dsg, ClaimRows.commanders(lines), sourcesOf, isArticleGraph);
 *   Model part = new Consolidator().consolidateRows(lines, people);
 * </pre>
 */
public final class StoreClaims {
    /** The kinds of article fact consolidation merges. */
    static final List<Node> CLAIM_TYPES = List.of(MKG.CommandTenure.asNode(), MKG.Leadership.asNode(), MKG.MissionEvent.asNode());
    private static final Node TYPE = RDF.type.asNode();
    private static final Node ROLE = MKG.RoleHolding.asNode();
    private static final Node COUNTRY_TYPE = MKG.Country.asNode();
    private static final Set<Node> PROPERTIES = Set.of(MKG.commander.asNode(), MKG.country.asNode(), MKG.mission.asNode(),
            MKG.eventType.asNode(), MKG.agent.asNode(), MKG.start.asNode(), MKG.end.asNode(), MKG.date.asNode(),
            MKG.until.asNode(), MKG.asOf.asNode(), MKG.person.asNode(), MKG.organization.asNode(),
            PROV.wasDerivedFrom.asNode());

    private StoreClaims() {
    }

    /**
     * What one article graph feeds into consolidation: the missions of its claims, and the people
     * whose country it speaks of (role holdings, commands with a country). Recorded per article,
     * so that when the article is replaced or removed the missions it fed are known.
     */
    public record Touch(Set<String> missions, Set<String> people) {
    }

    /** Everything consolidation reads, from every article graph, with each graph's {@link Touch} and each claim's graph. */
    public record All(Model model, Map<Node, Touch> touches, Map<Node, Node> graphOf) {
    }

    /** Reads every article graph's claims, role holdings and country types. */
    public static All all(DatasetGraph dsg, Predicate<Node> isArticleGraph) {
        Graph g = ModelFactory.createDefaultModel().getGraph();
        Map<Node, Node> graphOf = new HashMap<>();
        Map<Node, Node> typeOf = new HashMap<>();
        for (Node type : List.of(CLAIM_TYPES.get(0), CLAIM_TYPES.get(1), CLAIM_TYPES.get(2), ROLE)) {
            dsg.find(Node.ANY, Node.ANY, TYPE, type).forEachRemaining(q -> {
                if (isArticleGraph.test(q.getGraph())) {
                    g.add(q.asTriple());
                    graphOf.put(q.getSubject(), q.getGraph());
                    typeOf.put(q.getSubject(), type);
                }
            });
        }
        dsg.find(Node.ANY, Node.ANY, TYPE, COUNTRY_TYPE).forEachRemaining(q -> {
            if (isArticleGraph.test(q.getGraph())) {
                g.add(q.asTriple());
            }
        });
        for (Node p : PROPERTIES) {
            dsg.find(Node.ANY, Node.ANY, p, Node.ANY).forEachRemaining(q -> {
                if (q.getGraph().equals(graphOf.get(q.getSubject()))) {
                    g.add(q.asTriple());
                }
            });
        }
        Map<Node, Touch> touches = new HashMap<>();
        graphOf.forEach((fact, graph) -> {
            Touch t = touches.computeIfAbsent(graph, k -> new Touch(new TreeSet<>(), new TreeSet<>()));
            Node type = typeOf.get(fact);
            touch(t, type, fact, g);
        });
        return new All(ModelFactory.createModelForGraph(g), touches, graphOf);
    }

    /** The {@link Touch} of one article graph. */
    public static Touch touch(Graph article) {
        Touch t = new Touch(new TreeSet<>(), new TreeSet<>());
        for (Node type : List.of(CLAIM_TYPES.get(0), CLAIM_TYPES.get(1), CLAIM_TYPES.get(2), ROLE)) {
            article.find(Node.ANY, TYPE, type).forEachRemaining(tr -> touch(t, type, tr.getSubject(), article));
        }
        return t;
    }

    private static void touch(Touch t, Node type, Node fact, Graph g) {
        if (type.equals(ROLE)) {
            g.find(fact, MKG.person.asNode(), Node.ANY).forEachRemaining(tr -> uri(tr.getObject(), t.people()));
            return;
        }
        g.find(fact, MKG.mission.asNode(), Node.ANY).forEachRemaining(tr -> uri(tr.getObject(), t.missions()));
        if (type.equals(MKG.CommandTenure.asNode()) && g.contains(fact, MKG.country.asNode(), Node.ANY)) {
            g.find(fact, MKG.commander.asNode(), Node.ANY).forEachRemaining(tr -> uri(tr.getObject(), t.people()));
        }
    }

    private static void uri(Node n, Collection<String> out) {
        if (n.isURI()) {
            out.add(n.getURI());
        }
    }

    /**
     * One article graph's claims with every property consolidation reads (what {@link #all} reads
     * from it): for the claim lines of an article that changed ({@link ClaimRows#of}).
     */
    public static Model ofGraph(Graph article) {
        Graph claims = ModelFactory.createDefaultModel().getGraph();
        for (Node type : CLAIM_TYPES) {
            article.find(Node.ANY, TYPE, type).forEachRemaining(t -> article.find(t.getSubject(), Node.ANY, Node.ANY)
                    .forEachRemaining(f -> {
                        if (PROPERTIES.contains(f.getPredicate()) || (f.getPredicate().equals(TYPE) && CLAIM_TYPES.contains(f.getObject()))) {
                            claims.add(f);
                        }
                    }));
        }
        return ModelFactory.createModelForGraph(claims);
    }

    /**
     * What is known of these commanders' countries: their role holdings and their commands that give a
     * country, with the organisations among them that are countries (typed so in some article graph, or
     * leading some mission). Only the graphs {@code sourcesOf} names for a person are read for them: the
     * build record knows which article graphs give whose country ({@link Touch#people}), and most
     * commanders have none, so that a mission with hundreds of commanders costs one look-up each instead
     * of reading every command each of them holds in the store.
     */
    public static Model people(DatasetGraph dsg, Collection<String> commanders, Function<Node, Collection<Node>> sourcesOf,
            Predicate<Node> isArticleGraph) {
        Graph people = ModelFactory.createDefaultModel().getGraph();
        Map<Node, Boolean> isCountry = new HashMap<>();
        for (String iri : commanders) {
            Node person = NodeFactory.createURI(iri);
            for (Node graph : sourcesOf.apply(person)) {
                if (!isArticleGraph.test(graph)) {
                    continue;
                }
                dsg.find(graph, Node.ANY, MKG.person.asNode(), person).forEachRemaining(q -> {
                    if (dsg.contains(graph, q.getSubject(), TYPE, ROLE)) {
                        people.add(Triple.create(q.getSubject(), TYPE, ROLE));
                        people.add(q.asTriple());
                        dsg.find(graph, q.getSubject(), MKG.organization.asNode(), Node.ANY).forEachRemaining(o -> {
                            people.add(o.asTriple());
                            if (isCountry.computeIfAbsent(o.getObject(), org -> country(dsg, org, isArticleGraph))) {
                                people.add(Triple.create(o.getObject(), TYPE, COUNTRY_TYPE));
                            }
                        });
                    }
                });
                // The country first: most commands give none, and then the type need not be looked up.
                dsg.find(graph, Node.ANY, MKG.commander.asNode(), person).forEachRemaining(q ->
                        dsg.find(graph, q.getSubject(), MKG.country.asNode(), Node.ANY).forEachRemaining(c -> {
                            if (dsg.contains(graph, q.getSubject(), TYPE, MKG.CommandTenure.asNode())) {
                                people.add(Triple.create(q.getSubject(), TYPE, MKG.CommandTenure.asNode()));
                                people.add(q.asTriple());
                                people.add(c.asTriple());
                            }
                        }));
            }
        }
        return ModelFactory.createModelForGraph(people);
    }

    /** Whether consolidation counts an organisation as a country: typed so, or leading a mission, in some article graph. */
    private static boolean country(DatasetGraph dsg, Node org, Predicate<Node> isArticleGraph) {
        for (var it = dsg.find(Node.ANY, org, TYPE, COUNTRY_TYPE); it.hasNext(); ) {
            if (isArticleGraph.test(it.next().getGraph())) {
                return true;
            }
        }
        for (var it = dsg.find(Node.ANY, Node.ANY, MKG.country.asNode(), org); it.hasNext(); ) {
            Quad q = it.next();
            if (isArticleGraph.test(q.getGraph()) && dsg.contains(q.getGraph(), q.getSubject(), TYPE, MKG.Leadership.asNode())) {
                return true;
            }
        }
        return false;
    }
}
