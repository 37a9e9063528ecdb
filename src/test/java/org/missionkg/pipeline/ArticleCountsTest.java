package org.missionkg.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.missionkg.bench.SyntheticCorpus;
import org.missionkg.map.ArticleGraphMapper;
import org.missionkg.model.Article;
import org.missionkg.model.ArticleMeta;
import org.missionkg.model.CommandTenure;
import org.missionkg.model.EntityKind;
import org.missionkg.model.EntityRef;
import org.missionkg.model.Evidence;
import org.missionkg.model.Fact;
import org.missionkg.model.Provenance;
import org.missionkg.store.KnowledgeStore;
import org.missionkg.vocab.Iris;
import org.missionkg.vocab.MKG;
import org.missionkg.vocab.PROV;

/**
 * Every consolidated fact's stored {@code mkg:articleCount} is what counting the distinct articles of its claims
 * gives (what the timeline counted at page load before), in a real TDB2 store: after a full build, and after the
 * incremental updates that follow an article added, corrected and removed; and in a store recorded before the
 * counts existed, which gets them (and claim lines with their articles) on its next update.
 */
class ArticleCountsTest {
    private static final SyntheticCorpus CORPUS = IncrementalConsolidationTest.CORPUS;
    private static final Node CONSOLIDATED = NodeFactory.createURI(Iris.CONSOLIDATED_GRAPH);
    private static final Node STATE = NodeFactory.createURI(Iris.DERIVED_STATE_GRAPH);
    private static final Pattern PAGE_QUERY = Pattern.compile("KG\\.select\\('([^']*)',\\s*`([^`]*)`\\)");

    @TempDir
    Path tmp;

    private KnowledgeStore builtStore(String folder, int articles) {
        return IncrementalConsolidationTest.builtStoreIn(tmp.resolve(folder), articles);
    }

    @Test
    void countsStayWhatCountingGivesWhenAnArticleIsAddedCorrectedAndRemoved() throws IOException {
        try (KnowledgeStore store = builtStore("store", 60)) {
            assertCountsAsCounted(store, "full build");
            SyntheticCorpus.Item some = CORPUS.item(17);
            CommandTenure command = (CommandTenure) some.facts().stream().filter(f -> f instanceof CommandTenure)
                    .findFirst().orElseThrow();
            String original = claimOf(CORPUS.graph(some).getGraph(), command.commander(), command.mission());
            int before = count(store, factWithClaim(store, original));
            assertTrue(before >= 1, "the tenure rests on its article at least");

            // Added: one article stating the same tenure twice (two sentences): one article more, not two.
            Graph added = twoClaims("count-1", command.commander(), command, "1".repeat(64));
            store.replaceGraph(Iris.articleGraph("count-1"), added);
            update(store, "an article added");
            String tenure = factWithClaim(store, original);
            List<String> newClaims = claimsOf(added);
            assertEquals(2, newClaims.size(), "two claims");
            for (String c : newClaims) {
                assertEquals(tenure, factWithClaim(store, c), "the new claims join the tenure");
            }
            assertEquals(before + 1, count(store, tenure), "two claims of one new article count once");
            assertCountsAsCounted(store, "an article added");
            assertTimelineReadsTheCounts(store, command.mission(), "an article added");

            // Corrected: the same article now names another commander; the tenure is back to its articles before, and the
            // other commander's tenure rests on this one article.
            EntityRef other = new EntityRef(EntityKind.PERSON, "count-test-commander", "Count Test Commander");
            Graph corrected = twoClaims("count-1", other, command, "2".repeat(64));
            store.replaceGraph(Iris.articleGraph("count-1"), corrected);
            update(store, "an article corrected");
            assertEquals(before, count(store, factWithClaim(store, original)), "the tenure's count after the correction");
            List<String> correctedClaims = claimsOf(corrected);
            String otherTenure = factWithClaim(store, correctedClaims.get(0));
            assertNotEquals(factWithClaim(store, original), otherTenure);
            assertEquals(1, count(store, otherTenure), "the other commander's tenure: one article");
            assertCountsAsCounted(store, "an article corrected");
            assertTimelineReadsTheCounts(store, command.mission(), "an article corrected");

            // Removed: the other commander's tenure goes with it, the first tenure keeps its count.
            store.removeGraph(Iris.articleGraph("count-1"));
            update(store, "an article removed");
            assertEquals(before, count(store, factWithClaim(store, original)), "the tenure's count after the removal");
            assertNull(factWithClaim(store, correctedClaims.get(0)), "the other commander's tenure is gone");
            assertCountsAsCounted(store, "an article removed");
            assertTimelineReadsTheCounts(store, command.mission(), "an article removed");

            // And each is what a full rebuild writes.
            Graph incremental = consolidated(store);
            DerivedGraphs.rebuild(store);
            assertTrue(consolidated(store).isIsomorphicWith(incremental), "the same graph as a full rebuild");
        }
    }

    @Test
    void aStoreRecordedBeforeTheCountsGetsThemAndLinesWithArticlesOnItsNextUpdate() {
        try (KnowledgeStore store = builtStore("old", 60)) {
            Graph full = consolidated(store);
            Set<String> fullLines = lines(store);
            for (String l : fullLines) {
                String[] f = l.substring(l.indexOf(' ') + 1).split("\t", -1);
                assertEquals(f[0].replace("~graph/article/", "~article/"), f[f.length - 1], "a line ends with its article: " + l);
            }

            OldStores.recordedBeforeCounts(store);
            assertEquals(DerivedGraphs.Status.STALE, DerivedGraphs.status(store), "recorded without the counts");
            assertTrue(DerivedGraphs.ensureFresh(store));
            assertEquals("counts", DerivedGraphs.lastUpdate().how(), DerivedGraphs.lastUpdate().toString());
            assertTrue(DerivedGraphs.lastUpdateMessage().contains("older format"), DerivedGraphs.lastUpdateMessage());
            assertEquals(DerivedGraphs.Status.FRESH, DerivedGraphs.status(store));
            assertTrue(full.isIsomorphicWith(consolidated(store)), "the counts a full build writes, nothing else changed");
            assertEquals(fullLines, lines(store), "the lines a full build records");

            // With a change beside it: the lines are written anew before the update and the counts after it.
            OldStores.recordedBeforeCounts(store);
            store.replaceGraph(Iris.articleGraph(CORPUS.item(60).article().id()), CORPUS.graph(CORPUS.item(60)).getGraph());
            assertTrue(DerivedGraphs.ensureFresh(store));
            DerivedGraphs.Update u = DerivedGraphs.lastUpdate();
            assertEquals("incremental", u.how(), u.toString());
            assertTrue(u.steps().contains("claim lines recorded anew") && u.steps().contains("article counts written"), u.toString());
            assertCountsAsCounted(store, "an old store updated with a new article");
            Graph incremental = consolidated(store);
            Set<String> incrementalLines = lines(store);
            DerivedGraphs.rebuild(store);
            assertTrue(consolidated(store).isIsomorphicWith(incremental), "the same graph as a full rebuild");
            assertEquals(lines(store), incrementalLines, "the same lines as a full rebuild");
        }
    }

    private static void update(KnowledgeStore store, String step) {
        assertTrue(DerivedGraphs.ensureFresh(store), step);
        assertEquals("incremental", DerivedGraphs.lastUpdate().how(), step);
    }

    /**
     * An article that states {@code commander}'s command of the tenure's mission, with its start and end, in two
     * sentences: two claims (their evidence spans differ) from one article.
     */
    private static Graph twoClaims(String id, EntityRef commander, CommandTenure tenure, String sha) {
        String one = commander.label() + " has commanded " + tenure.mission().label() + " since " + tenure.start() + ".";
        String text = one + " " + one;
        Article article = new Article(id, "test/" + id + ".txt", text,
                new ArticleMeta("Counts", "Test", null, null, null, "en", Map.of()), sha);
        List<Fact> facts = new ArrayList<>();
        for (int from : List.of(0, one.length() + 1)) {
            facts.add(new CommandTenure(commander, tenure.mission(), null, tenure.start(), tenure.end(),
                    new Provenance(id, Evidence.of(text, from, from + one.length(), text), 0.9, "test.command", null)));
        }
        return ArticleGraphMapper.create("t").map(article, facts, Instant.now()).getGraph();
    }

    /** The command claims of an article graph, sorted. */
    private static List<String> claimsOf(Graph article) {
        List<String> out = new ArrayList<>();
        article.find(Node.ANY, RDF.type.asNode(), MKG.CommandTenure.asNode()).forEachRemaining(t -> out.add(t.getSubject().getURI()));
        out.sort(null);
        return out;
    }

    /** The (smallest) command claim about this commander and mission in an article graph. */
    private static String claimOf(Graph article, EntityRef commander, EntityRef mission) {
        return article.find(Node.ANY, MKG.commander.asNode(), NodeFactory.createURI(Iris.entity(commander))).toList().stream()
                .map(t -> t.getSubject())
                .filter(s -> article.contains(s, MKG.mission.asNode(), NodeFactory.createURI(Iris.entity(mission))))
                .map(Node::getURI).sorted().findFirst().orElseThrow();
    }

    /** The consolidated fact that rests on this claim, or null. */
    private static String factWithClaim(KnowledgeStore store, String claim) {
        return store.read(dsg -> {
            // A conflict names claims too: the fact is the node typed as one.
            return dsg.stream(CONSOLIDATED, Node.ANY, MKG.claim.asNode(), NodeFactory.createURI(claim)).map(q -> q.getSubject())
                    .filter(f -> dsg.contains(CONSOLIDATED, f, RDF.type.asNode(), MKG.ConsolidatedFact.asNode()))
                    .map(Node::getURI).findFirst().orElse(null);
        });
    }

    private static int count(KnowledgeStore store, String fact) {
        return store.read(dsg -> {
            List<Node> n = dsg.stream(CONSOLIDATED, NodeFactory.createURI(fact), MKG.articleCount.asNode(), Node.ANY)
                    .map(q -> q.getObject()).toList();
            assertEquals(1, n.size(), fact + ": one count");
            return Integer.parseInt(n.get(0).getLiteralLexicalForm());
        });
    }

    /** Every consolidated fact has one count, an xsd:integer, equal to the distinct articles of its claims in the article graphs. */
    private static void assertCountsAsCounted(KnowledgeStore store, String step) {
        Map<String, String> wrong = store.read(dsg -> {
            Map<String, String> out = new TreeMap<>();
            int[] facts = {0};
            dsg.find(CONSOLIDATED, Node.ANY, RDF.type.asNode(), MKG.ConsolidatedFact.asNode()).forEachRemaining(q -> {
                Node f = q.getSubject();
                facts[0]++;
                String stored = dsg.stream(CONSOLIDATED, f, MKG.articleCount.asNode(), Node.ANY)
                        .map(c -> c.getObject().getLiteralLexicalForm() + "^^" + c.getObject().getLiteralDatatypeURI()).sorted().toList()
                        .toString();
                String counted = "[" + counted(dsg, f) + "^^http://www.w3.org/2001/XMLSchema#integer]";
                if (!stored.equals(counted)) {
                    out.put(f.getURI(), "stored " + stored + ", counted " + counted);
                }
            });
            assertTrue(facts[0] > 0, step + ": consolidated facts");
            return out;
        });
        assertEquals(Map.of(), wrong, step);
    }

    /** The distinct articles the claims of a consolidated fact are derived from, read from the article graphs. */
    private static int counted(DatasetGraph dsg, Node fact) {
        Set<Node> articles = new HashSet<>();
        dsg.find(CONSOLIDATED, fact, MKG.claim.asNode(), Node.ANY).forEachRemaining(c -> dsg.find(Node.ANY, c.getObject(),
                PROV.wasDerivedFrom.asNode(), Node.ANY).forEachRemaining(a -> {
                    if (BuildRecord.ARTICLE.test(a.getGraph())) {
                        articles.add(a.getObject());
                    }
                }));
        return articles.size();
    }

    /** The timeline page's own queries for the mission give, for each of its facts, the stored count (the one counted). */
    private static void assertTimelineReadsTheCounts(KnowledgeStore store, EntityRef mission, String step) throws IOException {
        String js;
        try (InputStream in = ArticleCountsTest.class.getResourceAsStream("/web/timeline.js")) {
            js = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        String prefixes = """
                PREFIX mkg:  <https://w3id.org/missionkg/ontology#>
                PREFIX prov: <http://www.w3.org/ns/prov#>
                PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
                """;
        Matcher m = PAGE_QUERY.matcher(js);
        Set<String> seen = new TreeSet<>();
        while (m.find()) {
            String name = m.group(1);
            if (!name.startsWith("Commanders and lead nations") && !name.startsWith("Events")) {
                continue;
            }
            String q = prefixes + m.group(2).replace("${M}", "<" + Iris.entity(mission) + ">");
            store.read(dsg -> {
                QueryExec.dataset(dsg).query(q).select().forEachRemaining(b -> {
                    Node f = b.get("fact");
                    assertEquals(String.valueOf(counted(dsg, f)), b.get("articles").getLiteralLexicalForm(), step + ", " + name + ": " + f);
                    seen.add(name);
                });
                return null;
            });
        }
        assertTrue(seen.stream().anyMatch(n -> n.startsWith("Commanders")), step + ": the timeline has tenures: " + seen);
    }

    private static Set<String> lines(KnowledgeStore store) {
        return store.read(dsg -> {
            Set<String> out = new TreeSet<>();
            dsg.find(STATE, Node.ANY, BuildRecord.CLAIM_LINE, Node.ANY)
                    .forEachRemaining(q -> out.add(q.getSubject().getURI() + " " + q.getObject().getLiteralLexicalForm()));
            return out;
        });
    }

    private static Graph consolidated(KnowledgeStore store) {
        return store.read(dsg -> {
            Graph out = GraphFactory.createDefaultGraph();
            dsg.getGraph(CONSOLIDATED).find().forEachRemaining(out::add);
            return out;
        });
    }
}
