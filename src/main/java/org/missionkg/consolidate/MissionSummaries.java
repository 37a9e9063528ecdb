package org.missionkg.consolidate;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.function.Predicate;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.missionkg.vocab.Iris;
import org.missionkg.vocab.MKG;
import org.missionkg.vocab.PROV;

/**
 * The start page's line per mission (its label, how many facts and articles speak of it, the first
 * and last day they allow), computed once when the derived graphs are built and kept in the graph
 * {@link Iris#SUMMARY_GRAPH}, so that the page reads a few hundred triples instead of grouping every
 * fact in the store (15.8 s at 100,000 articles).
 *
 * <p>The figures are the answer of the query the page used to send, bound node for node: the
 * same {@code COUNT}s, {@code MIN}/{@code MAX} and {@code COALESCE(…, 0)}, over the union of the
 * article, reference and consolidated graphs. The summary's own properties appear in none of that
 * query's patterns, so the summary does not count itself. A mission's line depends only on the
 * graphs that name it: an update writes the lines of some missions from the sums of what each graph
 * gives them ({@link SummaryPart}, kept in the build record), grouping anew only those it cannot work out.
 *
 * <pre>
 *   MissionSummaries.rebuild(dsg);                  // every mission, inside a write transaction
 *   MissionSummaries.writeLine(dsg, sum);             // one mission, from the sum of its parts
 * </pre>
 */
public final class MissionSummaries {
    private static final Node SUMMARY = NodeFactory.createURI(Iris.SUMMARY_GRAPH);
    /**
     * The page's former query; %1$s is where a VALUES clause binds the missions, in every part, and %2$s
     * the pattern that keeps missions some graph types as such ({@link #TYPED}; left out for {@link #sums}).
     */
    private static final String QUERY = """
            PREFIX mkg:  <https://w3id.org/missionkg/ontology#>
            PREFIX prov: <http://www.w3.org/ns/prov#>
            PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
            SELECT ?mission ?label (COALESCE(?n, 0) AS ?facts) (COALESCE(?a, 0) AS ?articles) ?first ?last
            WHERE {
              { SELECT ?mission (MIN(?l) AS ?label) WHERE { %1$s %2$s OPTIONAL { ?mission rdfs:label ?l } }
                GROUP BY ?mission }
              OPTIONAL { SELECT ?mission (COUNT(DISTINCT ?fact) AS ?n) (COUNT(DISTINCT ?article) AS ?a) WHERE { %1$s
                { ?fact mkg:mission ?mission } UNION { ?fact mkg:subject ?mission }
                ?fact prov:wasDerivedFrom ?article } GROUP BY ?mission }
              OPTIONAL { SELECT ?mission (MIN(?d) AS ?first) WHERE { %1$s
                VALUES ?p { mkg:startEarliest mkg:dateEarliest mkg:endEarliest }
                { ?f mkg:mission ?mission } UNION { ?f mkg:subject ?mission }
                ?f ?p ?d } GROUP BY ?mission }
              OPTIONAL { SELECT ?mission (MAX(?d) AS ?last) WHERE { %1$s
                VALUES ?p { mkg:endLatest mkg:dateLatest mkg:startLatest }
                { ?f mkg:mission ?mission } UNION { ?f mkg:subject ?mission }
                ?f ?p ?d } GROUP BY ?mission }
            }""";
    private static final String TYPED = "?mission a mkg:Mission";
    private static final List<String> COLUMNS = List.of("label", "facts", "articles", "first", "last");
    private static final List<Node> PROPERTIES = List.of(MKG.summaryLabel.asNode(), MKG.factCount.asNode(),
            MKG.articleCount.asNode(), MKG.firstDay.asNode(), MKG.lastDay.asNode());

    private MissionSummaries() {
    }

    /** Writes every mission's line anew. Inside a write transaction on a dataset whose default graph is the union. */
    public static void rebuild(DatasetGraph dsg) {
        dsg.removeGraph(SUMMARY);
        write(dsg, String.format(QUERY, "", TYPED));
    }

    /**
     * The sum of every graph's {@link SummaryPart} for each of these missions, grouped from the store as
     * the line is (whether or not some graph types it as a mission): for the sums an update cannot work out.
     */
    public static Map<String, SummaryPart> sums(DatasetGraph dsg, Collection<String> missions) {
        Map<String, SummaryPart> out = new TreeMap<>();
        if (missions.isEmpty()) {
            return out;
        }
        String values = missions.stream().map(m -> "<" + m + ">").collect(Collectors.joining(" ", "VALUES ?mission { ", " }"));
        for (Binding b : rows(dsg, String.format(QUERY, values, ""))) {
            Node m = b.get(Var.alloc("mission"));
            out.put(m.getURI(), new SummaryPart(m.getURI(), count(b.get(Var.alloc("facts"))), count(b.get(Var.alloc("articles"))),
                    b.get(Var.alloc("label")), b.get(Var.alloc("first")), b.get(Var.alloc("last"))));
        }
        return out;
    }

    private static long count(Node n) {
        return n == null ? 0 : Long.parseLong(n.getLiteralLexicalForm());
    }

    /**
     * Writes a mission's line anew from the sum of its parts: none when no graph types it as a mission
     * (as the query gives none), else its label, counts and days.
     */
    public static void writeLine(DatasetGraph dsg, SummaryPart sum) {
        Node m = NodeFactory.createURI(sum.mission());
        dsg.deleteAny(SUMMARY, m, Node.ANY, Node.ANY);
        if (!typedAnywhere(dsg, m)) {
            return;
        }
        List<Node> values = sum.values();
        for (int i = 0; i < PROPERTIES.size(); i++) {
            if (values.get(i) != null) {
                dsg.add(SUMMARY, m, PROPERTIES.get(i), values.get(i));
            }
        }
    }

    /** Whether some graph other than the summary says it is a mission (the query reads the union of the named graphs). */
    private static boolean typedAnywhere(DatasetGraph dsg, Node m) {
        for (var it = dsg.find(Node.ANY, m, RDF.type.asNode(), MKG.Mission.asNode()); it.hasNext(); ) {
            Node g = it.next().getGraph();
            if (!g.equals(SUMMARY) && !org.apache.jena.sparql.core.Quad.isDefaultGraph(g)) {
                return true;
            }
        }
        return false;
    }

    /** The missions an article graph speaks of: those it types as missions, and those its facts are about. */
    public static void named(Graph article, Collection<String> out) {
        article.find(Node.ANY, RDF.type.asNode(), MKG.Mission.asNode()).forEachRemaining(t -> uri(t.getSubject(), out));
        article.find(Node.ANY, MKG.mission.asNode(), Node.ANY).forEachRemaining(t -> uri(t.getObject(), out));
        article.find(Node.ANY, MKG.subject.asNode(), Node.ANY).forEachRemaining(t -> uri(t.getObject(), out));
    }

    /** {@link #named} for every article graph at once, by three index scans. */
    public static Map<Node, Set<String>> namedByGraph(DatasetGraph dsg, Predicate<Node> isArticleGraph) {
        Map<Node, Set<String>> out = new HashMap<>();
        Consumer<Quad> subject = q -> {
            if (isArticleGraph.test(q.getGraph())) {
                uri(q.getSubject(), out.computeIfAbsent(q.getGraph(), g -> new TreeSet<>()));
            }
        };
        Consumer<Quad> object = q -> {
            if (isArticleGraph.test(q.getGraph())) {
                uri(q.getObject(), out.computeIfAbsent(q.getGraph(), g -> new TreeSet<>()));
            }
        };
        dsg.find(Node.ANY, Node.ANY, RDF.type.asNode(), MKG.Mission.asNode()).forEachRemaining(subject);
        dsg.find(Node.ANY, Node.ANY, MKG.mission.asNode(), Node.ANY).forEachRemaining(object);
        dsg.find(Node.ANY, Node.ANY, MKG.subject.asNode(), Node.ANY).forEachRemaining(object);
        return out;
    }

    private static void uri(Node n, Collection<String> out) {
        if (n.isURI()) {
            out.add(n.getURI());
        }
    }

    private static void write(DatasetGraph dsg, String query) {
        add(dsg, rows(dsg, query));
    }

    private static List<Binding> rows(DatasetGraph dsg, String query) {
        List<Binding> rows = new java.util.ArrayList<>();
        try (QueryExec qe = QueryExec.dataset(dsg).query(query).build()) {
            qe.select().forEachRemaining(rows::add);
        }
        return rows;
    }

    private static void add(DatasetGraph dsg, List<Binding> rows) {
        for (Binding row : rows) {
            Node mission = row.get(Var.alloc("mission"));
            for (int i = 0; i < COLUMNS.size(); i++) {
                Node value = row.get(Var.alloc(COLUMNS.get(i)));
                if (value != null) {
                    dsg.add(SUMMARY, mission, PROPERTIES.get(i), value);
                }
            }
        }
    }
}
