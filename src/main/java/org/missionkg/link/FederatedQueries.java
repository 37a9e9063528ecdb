package org.missionkg.link;

import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.ARQ;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.exec.http.Service;
import org.apache.jena.sparql.syntax.Element;
import org.apache.jena.sparql.syntax.ElementService;
import org.apache.jena.sparql.syntax.ElementSubQuery;
import org.apache.jena.sparql.syntax.ElementVisitorBase;
import org.apache.jena.sparql.syntax.ElementWalker;
import org.apache.jena.sparql.syntax.syntaxtransform.ElementTransformCopyBase;
import org.apache.jena.sparql.syntax.syntaxtransform.QueryTransformOps;
import org.apache.jena.sparql.util.Context;
import org.missionkg.model.BadInputException;

/**
 * Queries that ask Wikidata through {@code SERVICE} ({@code data/queries/wikidata-*.rq}).
 *
 * <p>SPARQL 1.1 does not allow a variable as the SERVICE IRI, so the files name the public
 * endpoint ({@value #WIKIDATA_SERVICE}) and {@link #retarget} swaps it, through Jena's syntax
 * transform, for the configured endpoint. Jena runs SERVICE by default; missionkg turns it off
 * for every query ({@link #noService}) and on again only in {@link #execution}, and only when
 * every SERVICE in the query names the configured endpoint.
 *
 * <pre>
 *   Query q = FederatedQueries.retarget(CannedQueries.prepare("wikidata-people", Map.of()), config.endpoint().toString());
 *   try (QueryExecution qe = FederatedQueries.execution(store.dataset(), q, config, 60_000)) { … }
 * </pre>
 */
public final class FederatedQueries {
    /** The SERVICE IRI the query files name. */
    public static final String WIKIDATA_SERVICE = "https://query.wikidata.org/sparql";

    private FederatedQueries() {
    }

    /** Every SERVICE IRI in the query (subqueries included); a variable SERVICE shows as "?name". */
    public static Set<String> services(Query query) {
        Set<String> out = new TreeSet<>();
        collect(query.getQueryPattern(), out);
        return out;
    }

    private static void collect(Element pattern, Set<String> out) {
        if (pattern == null) {
            return;
        }
        ElementWalker.walk(pattern, new ElementVisitorBase() {
            @Override
            public void visit(ElementService el) {
                Node n = el.getServiceNode();
                out.add(n.isURI() ? n.getURI() : n.toString());
            }

            @Override
            public void visit(ElementSubQuery el) {
                collect(el.getQuery().getQueryPattern(), out);
            }
        });
    }

    /** A copy of the query in which {@code SERVICE <}{@value #WIKIDATA_SERVICE}{@code >} asks {@code endpoint} instead. */
    public static Query retarget(Query query, String endpoint) {
        if (endpoint == null || endpoint.equals(WIKIDATA_SERVICE)) {
            return query;
        }
        Node from = NodeFactory.createURI(WIKIDATA_SERVICE);
        Node to = NodeFactory.createURI(endpoint);
        ElementTransformCopyBase swap = new ElementTransformCopyBase() {
            @Override
            public Element transform(ElementService el, Node service, Element elt) {
                return from.equals(service) ? new ElementService(to, elt, el.getSilent()) : super.transform(el, service, elt);
            }

            @Override
            public Element transform(ElementSubQuery el, Query inner) {
                return new ElementSubQuery(retarget(inner, endpoint));
            }
        };
        return QueryTransformOps.transform(query, swap);
    }

    /** Settings that forbid SERVICE: for every query that is not one of these. */
    public static void noService(Context context) {
        context.set(Service.httpServiceAllowed, false);
    }

    /**
     * An execution of the query over the store (the union of its graphs) that may call the configured
     * endpoint, with its User-Agent and request timeout, and nothing else.
     *
     * @throws BadInputException when a SERVICE names another endpoint (or a variable)
     */
    public static QueryExecution execution(DatasetGraph dataset, Query query, WikidataConfig config, long timeoutMillis) {
        String allowed = config.endpoint().toString();
        for (String s : services(query)) {
            if (!s.equals(allowed)) {
                throw new BadInputException("query", "SERVICE <" + s + "> is not allowed: only the Wikidata endpoint "
                        + "<" + allowed + "> may be asked (query --endpoint sets it)");
            }
        }
        String userAgent = config.userAgent();
        return QueryExecution.dataset(DatasetFactory.wrap(dataset)).query(query)
                .set(Service.httpServiceAllowed, !services(query).isEmpty())
                .set(Service.httpQueryTimeout, Long.toString(config.requestTimeout().toMillis()))
                .set(ARQ.httpRequestModifer, (org.apache.jena.http.sys.HttpRequestModifier)
                        (params, headers) -> headers.put("User-Agent", userAgent))
                .timeout(timeoutMillis)
                .build();
    }
}
