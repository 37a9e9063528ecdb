package org.missionkg.export;

import java.io.OutputStream;
import java.util.Locale;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.GraphUtil;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.system.Txn;
import org.missionkg.map.Prefixes;
import org.missionkg.model.BadInputException;

/**
 * Writes the store, or one graph of it, with Jena RIOT: Turtle (the union of all graphs, or
 * the one named), TriG and N-Quads (graphs kept apart), JSON-LD.
 */
public final class GraphExporter {
    /** Export formats. */
    public enum Format { TTL, TRIG, NQ, JSONLD }

    private GraphExporter() {
    }

    public static Format format(String name) {
        try {
            return Format.valueOf(name.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new BadInputException("--format", "unknown export format '" + name + "' (ttl, trig, nq, jsonld, quickstatements)");
        }
    }

    /** Writes every named graph ({@code graphIri} null or "all") or just the one named. */
    public static void export(DatasetGraph dataset, String graphIri, Format format, OutputStream out) {
        Txn.executeRead(dataset, () -> {
            DatasetGraph selection = select(dataset, graphIri);
            switch (format) {
                case TRIG -> RDFDataMgr.write(out, selection, RDFFormat.TRIG_BLOCKS);
                case NQ -> RDFDataMgr.write(out, selection, Lang.NQUADS);
                case JSONLD -> RDFDataMgr.write(out, selection, RDFFormat.JSONLD11);
                case TTL -> {
                    Model union = ModelFactory.createDefaultModel();
                    Prefixes.set(union);
                    selection.listGraphNodes().forEachRemaining(g -> GraphUtil.addInto(union.getGraph(), selection.getGraph(g)));
                    RDFDataMgr.write(out, union, RDFFormat.TURTLE_BLOCKS);
                }
            }
        });
    }

    private static DatasetGraph select(DatasetGraph dataset, String graphIri) {
        DatasetGraph copy = DatasetGraphFactory.createTxnMem();
        copy.prefixes().putAll(prefixMap());
        if (graphIri == null || graphIri.equals("all")) {
            dataset.listGraphNodes().forEachRemaining(g -> copy.addGraph(g, dataset.getGraph(g)));
            return copy;
        }
        var node = NodeFactory.createURI(graphIri);
        if (!dataset.containsGraph(node)) {
            throw new BadInputException("--graph", "no graph <" + graphIri + "> in the store");
        }
        Graph g = dataset.getGraph(node);
        copy.addGraph(node, g);
        return copy;
    }

    private static org.apache.jena.riot.system.PrefixMap prefixMap() {
        Model m = ModelFactory.createDefaultModel();
        Prefixes.set(m);
        return org.apache.jena.riot.system.PrefixMapFactory.create(m.getNsPrefixMap());
    }
}
