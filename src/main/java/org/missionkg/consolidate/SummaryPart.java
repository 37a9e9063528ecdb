package org.missionkg.consolidate;

import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.out.NodeFmtLib;
import org.apache.jena.sparql.expr.NodeValue;
import org.apache.jena.sparql.util.NodeFactoryExtra;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.missionkg.vocab.MKG;
import org.missionkg.vocab.PROV;

/**
 * What one graph gives to one mission's summary line ({@link MissionSummaries}): how many facts
 * about the mission it holds that are derived from an article, from how many articles, the least of
 * the labels it gives the mission, and the first and last day its facts about the mission allow.
 * The line of a mission is these parts put together over every graph, so the build record keeps
 * each graph's parts and each mission's sum: one changed article then changes its missions' lines
 * by what it gave before and gives now, without grouping every fact about them again (3.8 s of
 * CPU for the largest mission at 100,000 articles).
 *
 * <p>The counts add up because a fact and the article it is derived from belong to one article
 * graph (the consolidated graph's facts are derived from no article: they give days only). A least
 * or greatest value cannot be taken back: when a part that gave the mission's first day, last day
 * or label goes, and nothing that comes matches it, {@link #without} says so and the line must be
 * read again from the store ({@link MissionSummaries#sums}). IncrementalConsolidationTest checks the
 * lines against the full rebuild, which groups every fact.
 *
 * <p>Encoded as one tab-separated line: mission IRI, facts, articles, then label, first and last
 * day in N-Triples form (which escapes tabs and line breaks), each empty when absent.
 */
public record SummaryPart(String mission, long facts, long articles, Node label, Node first, Node last) {
    private static final List<Node> FIRST = List.of(MKG.startEarliest.asNode(), MKG.dateEarliest.asNode(), MKG.endEarliest.asNode());
    private static final List<Node> LAST = List.of(MKG.endLatest.asNode(), MKG.dateLatest.asNode(), MKG.startLatest.asNode());

    public SummaryPart {
        if (mission == null || facts < 0 || articles < 0) {
            throw new IllegalArgumentException("not a summary part: " + mission + " " + facts + " " + articles);
        }
    }

    /**
     * The parts a graph gives, by mission: the missions it types as such and those its facts (or any
     * node) name with {@code mkg:mission} or {@code mkg:subject}, as the summary query matches them;
     * none for a mission it gives nothing ({@link #empty}).
     */
    public static Map<String, SummaryPart> of(Graph g) {
        Set<String> missions = new HashSet<>();
        MissionSummaries.named(g, missions);
        Map<String, SummaryPart> out = new TreeMap<>();
        for (String m : missions) {
            SummaryPart p = of(g, NodeFactory.createURI(m));
            if (!p.empty()) {
                out.put(m, p);
            }
        }
        return out;
    }

    /** The part one graph gives one mission. */
    public static SummaryPart of(Graph g, Node mission) {
        Set<Node> about = new HashSet<>();
        g.find(Node.ANY, MKG.mission.asNode(), mission).forEachRemaining(t -> about.add(t.getSubject()));
        g.find(Node.ANY, MKG.subject.asNode(), mission).forEachRemaining(t -> about.add(t.getSubject()));
        long facts = 0;
        Set<Node> articles = new HashSet<>();
        Node first = null;
        Node last = null;
        for (Node f : about) {
            boolean derived = false;
            for (var it = g.find(f, PROV.wasDerivedFrom.asNode(), Node.ANY); it.hasNext(); ) {
                articles.add(it.next().getObject());
                derived = true;
            }
            facts += derived ? 1 : 0;
            for (Node p : FIRST) {
                for (var it = g.find(f, p, Node.ANY); it.hasNext(); ) {
                    first = least(first, it.next().getObject());
                }
            }
            for (Node p : LAST) {
                for (var it = g.find(f, p, Node.ANY); it.hasNext(); ) {
                    last = greatest(last, it.next().getObject());
                }
            }
        }
        Node label = null;
        for (var it = g.find(mission, RDFS.label.asNode(), Node.ANY); it.hasNext(); ) {
            label = least(label, it.next().getObject());
        }
        return new SummaryPart(mission.getURI(), facts, articles.size(), label, first, last);
    }

    /** A part that adds nothing to a sum (a graph that only names the mission, a conflict about a person). */
    public boolean empty() {
        return facts == 0 && articles == 0 && label == null && first == null && last == null;
    }

    /** Whether a graph types this mission as one (the summary has a line only for such missions). */
    public static boolean typed(Graph g, Node mission) {
        return g.contains(mission, RDF.type.asNode(), MKG.Mission.asNode());
    }

    /** This part with another's added (both the same mission's). */
    public SummaryPart plus(SummaryPart o) {
        return new SummaryPart(mission, facts + o.facts, articles + o.articles, least(label, o.label),
                least(first, o.first), greatest(last, o.last));
    }

    /**
     * This sum without the parts {@code gone} and with those {@code come}; null when a least or
     * greatest value went with {@code gone} and is not known any more (read the line anew).
     */
    public SummaryPart without(Collection<SummaryPart> gone, Collection<SummaryPart> come) {
        Node goneLabel = null;
        Node goneFirst = null;
        Node goneLast = null;
        long goneFacts = 0;
        long goneArticles = 0;
        for (SummaryPart p : gone) {
            goneFacts += p.facts;
            goneArticles += p.articles;
            goneLabel = least(goneLabel, p.label);
            goneFirst = least(goneFirst, p.first);
            goneLast = greatest(goneLast, p.last);
        }
        SummaryPart added = new SummaryPart(mission, 0, 0, null, null, null);
        for (SummaryPart p : come) {
            added = added.plus(p);
        }
        if (goneFacts > facts || goneArticles > articles) {
            return null;
        }
        // A least value that went is still the least when it came again or something smaller came; else unknown.
        Node newLabel = kept(label, goneLabel, added.label, -1);
        Node newFirst = kept(first, goneFirst, added.first, -1);
        Node newLast = kept(last, goneLast, added.last, 1);
        if (newLabel == UNKNOWN || newFirst == UNKNOWN || newLast == UNKNOWN) {
            return null;
        }
        return new SummaryPart(mission, facts - goneFacts + added.facts, articles - goneArticles + added.articles,
                newLabel, newFirst, newLast);
    }

    private static final Node UNKNOWN = NodeFactory.createURI("urn:x-missionkg:unknown");

    /** The extreme ({@code sign} -1 least, 1 greatest) after {@code gone} went and {@code come} came. */
    private static Node kept(Node now, Node gone, Node come, int sign) {
        if (gone == null) {
            return sign < 0 ? least(now, come) : greatest(now, come);
        }
        if (now == null) {
            return UNKNOWN; // the record holds a value the sum lacks: do not trust either
        }
        if (sign * NodeValue.compareAlways(NodeValue.makeNode(gone), NodeValue.makeNode(now)) < 0) {
            return sign < 0 ? least(now, come) : greatest(now, come);
        }
        // The extreme itself went (gone is at least as far out as now).
        if (come != null && sign * NodeValue.compareAlways(NodeValue.makeNode(come), NodeValue.makeNode(gone)) >= 0) {
            return come;
        }
        return UNKNOWN;
    }

    /** The summary line's values in the order of its properties: label, facts, articles, first, last (null: none). */
    public List<Node> values() {
        return java.util.Arrays.asList(label, count(facts), count(articles), first, last);
    }

    private static Node count(long n) {
        return NodeFactory.createLiteralDT(Long.toString(n), XSDDatatype.XSDinteger);
    }

    public String encode() {
        return mission + "\t" + facts + "\t" + articles + "\t" + nt(label) + "\t" + nt(first) + "\t" + nt(last);
    }

    public static SummaryPart decode(String text) {
        String[] f = text.split("\t", -1);
        if (f.length != 6) {
            throw new IllegalArgumentException("not a summary part (" + f.length + " fields): " + text);
        }
        return new SummaryPart(f[0], Long.parseLong(f[1]), Long.parseLong(f[2]), node(f[3]), node(f[4]), node(f[5]));
    }

    private static String nt(Node n) {
        return n == null ? "" : NodeFmtLib.strNT(n);
    }

    private static Node node(String s) {
        return s.isEmpty() ? null : NodeFactoryExtra.parseNode(s);
    }

    /** The lesser of two values as SPARQL's MIN orders them; null is no value. */
    static Node least(Node a, Node b) {
        if (a == null) {
            return b;
        }
        if (b == null) {
            return a;
        }
        return NodeValue.compareAlways(NodeValue.makeNode(b), NodeValue.makeNode(a)) < 0 ? b : a;
    }

    static Node greatest(Node a, Node b) {
        if (a == null) {
            return b;
        }
        if (b == null) {
            return a;
        }
        return NodeValue.compareAlways(NodeValue.makeNode(b), NodeValue.makeNode(a)) > 0 ? b : a;
    }
}
