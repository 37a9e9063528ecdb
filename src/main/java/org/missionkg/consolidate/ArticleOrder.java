package org.missionkg.consolidate;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SchemaDO;
import org.missionkg.vocab.Iris;
import org.missionkg.vocab.MKG;

/**
 * The start page's list of articles in its order, kept in the summary graph as one literal per article,
 * {@code <article> mkg:listKey "PUBLISHED ID"}: the publication date as written, a space, the article's id.
 * A page of the list is then the least keys after the last one seen, found by one index scan of plain
 * strings, instead of ordering every article's date and id looked up in the union of the article graphs
 * (1.3-2.9 s at 100,000 articles).
 *
 * <p>The keys sort as the list did ({@code ORDER BY ?published ?id}): dates are written as
 * {@code YYYY-MM-DD}, {@code YYYY-MM} or {@code YYYY} (ArticleGraphMapper), which ARQ orders as their
 * text when their types differ and by value, which is the same order, when they are alike; a shorter date
 * that begins a longer one sorts first, as the space (below every digit and "-") makes its key do; and an
 * article without a date (first in a SPARQL order) has a key that starts with the space.
 *
 * <pre>
 *   ArticleOrder.writeAll(dsg, isArticleGraph);   // every article, inside a write transaction
 *   ArticleOrder.rewrite(dsg, articleGraph);       // one article graph replaced, added or removed
 * </pre>
 */
public final class ArticleOrder {
    private static final Node SUMMARY = NodeFactory.createURI(Iris.SUMMARY_GRAPH);
    private static final Node KEY = MKG.listKey.asNode();

    private ArticleOrder() {
    }

    /** The key of an article with this publication date (null: none) and id. */
    public static String key(Node published, String id) {
        return (published == null ? "" : published.getLiteralLexicalForm()) + " " + id;
    }

    /**
     * Writes every article's key anew (one per publication date it has, as the list had one row per date):
     * the articles typed as such in an article graph, with the id and dates that graph gives them.
     */
    public static int writeAll(DatasetGraph dsg, Predicate<Node> isArticleGraph) {
        dsg.deleteAny(SUMMARY, Node.ANY, KEY, Node.ANY);
        List<Quad> ids = new ArrayList<>();
        dsg.find(Node.ANY, Node.ANY, MKG.articleId.asNode(), Node.ANY).forEachRemaining(q -> {
            if (isArticleGraph.test(q.getGraph())) {
                ids.add(q);
            }
        });
        int written = 0;
        for (Quad q : ids) {
            written += add(dsg, dsg.getGraph(q.getGraph()), q.getSubject());
        }
        return written;
    }

    /**
     * Brings one article graph's keys up to date after it was added, replaced or removed: its article's keys
     * go, and those of what it holds now come.
     */
    public static void rewrite(DatasetGraph dsg, Node articleGraph) {
        String id = Iris.articleIdOfGraph(articleGraph.getURI());
        if (id != null) {
            dsg.deleteAny(SUMMARY, NodeFactory.createURI(Iris.article(id)), KEY, Node.ANY);
        }
        if (dsg.containsGraph(articleGraph)) {
            Graph g = dsg.getGraph(articleGraph);
            List<Node> articles = new ArrayList<>();
            g.find(Node.ANY, MKG.articleId.asNode(), Node.ANY).forEachRemaining(t -> articles.add(t.getSubject()));
            articles.forEach(a -> add(dsg, g, a));
        }
    }

    private static int add(DatasetGraph dsg, Graph g, Node article) {
        if (!g.contains(article, RDF.type.asNode(), SchemaDO.NewsArticle.asNode())) {
            return 0;
        }
        List<Node> dates = new ArrayList<>();
        g.find(article, SchemaDO.datePublished.asNode(), Node.ANY).forEachRemaining(t -> dates.add(t.getObject()));
        if (dates.isEmpty()) {
            dates.add(null);
        }
        // Read before writing: a TDB2 iterator does not stand writes to the indexes it walks.
        List<String> ids = new ArrayList<>();
        g.find(article, MKG.articleId.asNode(), Node.ANY).forEachRemaining(t -> ids.add(t.getObject().getLiteralLexicalForm()));
        int written = 0;
        for (String id : ids) {
            for (Node d : dates) {
                dsg.add(SUMMARY, article, KEY, NodeFactory.createLiteralString(key(d, id)));
                written++;
            }
        }
        return written;
    }
}
