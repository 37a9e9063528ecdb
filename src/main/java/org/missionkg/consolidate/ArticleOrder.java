package org.missionkg.consolidate;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SchemaDO;
import org.missionkg.vocab.Iris;
import org.missionkg.vocab.MKG;

/**
 * The start page's list of articles in its order, kept in the summary graph: one entry per publication date as
 * written ({@link Iris#listDay}, "" for none), {@code mkg:listDay} the date and {@code mkg:listedArticle} each article
 * of that date. The list is ordered by that date, then by id. Every date has an article, so the 50 articles after one
 * are among those of its own date and the next 50 dates: a page reads the dates (one per day the articles were published
 * on, a scan of a few thousand) and those dates' articles, instead of ordering every article's date and id looked up in
 * the union of the article graphs (0.9-2.9 s at 100,000 articles).
 *
 * <p>By the date as written is oldest first, a year or a month before the days in it and an article without a date
 * first (as SPARQL orders an unbound value): the dates are written {@code YYYY-MM-DD}, {@code YYYY-MM} or
 * {@code YYYY} (ArticleGraphMapper). (The list's {@code ORDER BY ?published} before put every xsd:gYear and
 * xsd:gYearMonth before every xsd:date: ARQ orders values of different kinds apart.)
 *
 * <pre>
 *   ArticleOrder.writeAll(dsg, isArticleGraph);   // every article, inside a write transaction
 *   ArticleOrder.rewrite(dsg, articleGraph);       // one article graph replaced, added or removed
 * </pre>
 */
public final class ArticleOrder {
    private static final Node SUMMARY = NodeFactory.createURI(Iris.SUMMARY_GRAPH);
    private static final Node DAY = MKG.listDay.asNode();
    private static final Node LISTED = MKG.listedArticle.asNode();
    private static final Node LIST = NodeFactory.createURI(Iris.articleList());
    private static final Node COUNT = MKG.listedCount.asNode();

    private ArticleOrder() {
    }

    /**
     * Lists every article anew (under each publication date it has, as the list had one row per date): the articles
     * typed as such in an article graph that gives them an id, under the dates that graph gives them. Three index
     * scans by property, not three look-ups per article. Returns how many places.
     */
    public static int writeAll(DatasetGraph dsg, Predicate<Node> isArticleGraph) {
        dsg.deleteAny(SUMMARY, Node.ANY, DAY, Node.ANY);
        dsg.deleteAny(SUMMARY, Node.ANY, LISTED, Node.ANY);
        Set<List<Node>> typed = new HashSet<>();
        dsg.find(Node.ANY, Node.ANY, RDF.type.asNode(), SchemaDO.NewsArticle.asNode()).forEachRemaining(q -> {
            if (isArticleGraph.test(q.getGraph())) {
                typed.add(List.of(q.getGraph(), q.getSubject()));
            }
        });
        Map<List<Node>, List<Node>> dates = new HashMap<>();
        dsg.find(Node.ANY, Node.ANY, SchemaDO.datePublished.asNode(), Node.ANY).forEachRemaining(q -> {
            if (isArticleGraph.test(q.getGraph())) {
                dates.computeIfAbsent(List.of(q.getGraph(), q.getSubject()), k -> new ArrayList<>()).add(q.getObject());
            }
        });
        // Each article once, however many ids it has (the list names the article, not its id).
        Set<List<Node>> articles = new java.util.LinkedHashSet<>();
        dsg.find(Node.ANY, Node.ANY, MKG.articleId.asNode(), Node.ANY).forEachRemaining(q -> {
            if (typed.contains(List.of(q.getGraph(), q.getSubject()))) {
                articles.add(List.of(q.getGraph(), q.getSubject()));
            }
        });
        int written = 0;
        for (List<Node> a : articles) {
            written += write(dsg, a.get(1), dates.getOrDefault(a, List.of()));
        }
        setCount(dsg, written);
        return written;
    }

    /**
     * Brings one article graph's places in the list up to date after it was added, replaced or removed: its
     * article's places go (a date's entry with them when it was the date's last), and those of what it holds now come.
     */
    public static void rewrite(DatasetGraph dsg, Node articleGraph) {
        long change = 0;
        String id = Iris.articleIdOfGraph(articleGraph.getURI());
        if (id != null) {
            Node article = NodeFactory.createURI(Iris.article(id));
            List<Node> days = new ArrayList<>();
            dsg.find(SUMMARY, Node.ANY, LISTED, article).forEachRemaining(q -> days.add(q.getSubject()));
            change -= days.size();
            for (Node day : days) {
                dsg.delete(SUMMARY, day, LISTED, article);
                if (!dsg.find(SUMMARY, day, LISTED, Node.ANY).hasNext()) {
                    // The date's last article went: so does its entry.
                    dsg.deleteAny(SUMMARY, day, DAY, Node.ANY);
                }
            }
        }
        if (dsg.containsGraph(articleGraph)) {
            Graph g = dsg.getGraph(articleGraph);
            Set<Node> articles = new java.util.LinkedHashSet<>();
            g.find(Node.ANY, MKG.articleId.asNode(), Node.ANY).forEachRemaining(t -> articles.add(t.getSubject()));
            for (Node a : articles) {
                change += add(dsg, g, a);
            }
        }
        if (change != 0) {
            setCount(dsg, count(dsg) + change);
        }
    }

    /** How many places the list has (as recorded with it: counting them is a scan of every article's). */
    private static long count(DatasetGraph dsg) {
        var it = dsg.find(SUMMARY, LIST, COUNT, Node.ANY);
        return it.hasNext() ? ((Number) it.next().getObject().getLiteralValue()).longValue() : 0;
    }

    private static void setCount(DatasetGraph dsg, long n) {
        dsg.deleteAny(SUMMARY, LIST, COUNT, Node.ANY);
        dsg.add(SUMMARY, LIST, COUNT, NodeFactory.createLiteralDT(Long.toString(n), XSDDatatype.XSDinteger));
    }

    private static int add(DatasetGraph dsg, Graph g, Node article) {
        if (!g.contains(article, RDF.type.asNode(), SchemaDO.NewsArticle.asNode())) {
            return 0;
        }
        // Read before writing: a TDB2 iterator does not stand writes to the indexes it walks.
        List<Node> dates = new ArrayList<>();
        g.find(article, SchemaDO.datePublished.asNode(), Node.ANY).forEachRemaining(t -> dates.add(t.getObject()));
        return g.contains(article, MKG.articleId.asNode(), Node.ANY) ? write(dsg, article, dates) : 0;
    }

    /** Writes an article's places under its dates' entries; how many. */
    private static int write(DatasetGraph dsg, Node article, List<Node> dates) {
        List<Node> each = new ArrayList<>(dates);
        if (each.isEmpty()) {
            each.add(null);
        }
        for (Node d : each) {
            String date = d == null ? "" : d.getLiteralLexicalForm();
            Node day = NodeFactory.createURI(Iris.listDay(date));
            dsg.add(SUMMARY, day, DAY, NodeFactory.createLiteralString(date));
            dsg.add(SUMMARY, day, LISTED, article);
        }
        return each.size();
    }
}
