package org.missionkg.consolidate;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.missionkg.vocab.Iris;

/** The hand-written seed claims, and datasets over them that query as the store does. */
final class SeedFixture {
    static final String RESOURCE = "/consolidate/seed-claims.trig";

    private SeedFixture() {
    }

    /** The fixture as an in-memory dataset: article graphs and the reference graph. */
    static DatasetGraph load() {
        DatasetGraph dsg = DatasetGraphFactory.createTxnMem();
        try (InputStream in = SeedFixture.class.getResourceAsStream(RESOURCE)) {
            RDFDataMgr.read(dsg, in, Lang.TRIG);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return dsg;
    }

    /** The article graphs' names, sorted. */
    static List<Node> articleGraphs(DatasetGraph dsg) {
        List<Node> names = new ArrayList<>();
        dsg.listGraphNodes().forEachRemaining(g -> {
            if (Iris.articleIdOfGraph(g.getURI()) != null) {
                names.add(g);
            }
        });
        names.sort((a, b) -> a.getURI().compareTo(b.getURI()));
        return names;
    }

    /** The union of the article graphs, added in the given order. */
    static Model articles(DatasetGraph dsg, boolean reversed) {
        List<Node> names = articleGraphs(dsg);
        if (reversed) {
            Collections.reverse(names);
        }
        Model union = ModelFactory.createDefaultModel();
        names.forEach(g -> union.add(ModelFactory.createModelForGraph(dsg.getGraph(g))));
        return union;
    }

    /** The fixture plus its consolidated graph. */
    static DatasetGraph consolidated() {
        DatasetGraph dsg = load();
        Model consolidated = new Consolidator().consolidate(articles(dsg, false));
        dsg.addGraph(NodeFactory.createURI(Iris.CONSOLIDATED_GRAPH), consolidated.getGraph());
        return dsg;
    }

    /**
     * A view of the dataset whose default graph is the union of its named graphs, as the store
     * sets it up. (TDB2's union symbol has no effect on an in-memory dataset; a linked view does.)
     */
    static Dataset unionView(DatasetGraph dsg) {
        DatasetGraph view = DatasetGraphFactory.createGeneral(dsg.getUnionGraph());
        dsg.listGraphNodes().forEachRemaining(g -> view.addGraph(g, dsg.getGraph(g)));
        return DatasetFactory.wrap(view);
    }

    /** Runs a SELECT and returns its rows, each as column name to lexical form (or IRI); unbound columns are absent. */
    static List<java.util.Map<String, String>> select(Dataset ds, Query q) {
        List<java.util.Map<String, String>> rows = new ArrayList<>();
        try (QueryExecution qe = QueryExecution.dataset(ds).query(q).build()) {
            ResultSet rs = qe.execSelect();
            while (rs.hasNext()) {
                QuerySolution s = rs.next();
                java.util.Map<String, String> row = new java.util.LinkedHashMap<>();
                for (String v : rs.getResultVars()) {
                    if (s.contains(v)) {
                        row.put(v, s.get(v).isLiteral() ? s.getLiteral(v).getLexicalForm() : s.get(v).toString());
                    }
                }
                rows.add(row);
            }
        }
        return rows;
    }
}
