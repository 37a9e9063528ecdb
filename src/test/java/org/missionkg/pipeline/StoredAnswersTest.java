package org.missionkg.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Query;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.missionkg.bench.SyntheticCorpus;
import org.missionkg.consolidate.CannedQueries;
import org.missionkg.consolidate.CannedQuery;
import org.missionkg.consolidate.StoredAnswers;
import org.missionkg.store.KnowledgeStore;
import org.missionkg.vocab.Iris;
import org.missionkg.vocab.MKG;

/**
 * A canned question asked for one mission reads the answer the consolidation stored for it, and that answer is what
 * the question's own query over the claims gives (the same rows in the same order), for every stored question and
 * every mission: on the seed articles, on a synthetic store after its full build and after articles are added,
 * replaced and removed (incremental updates, which must rewrite only the missions they touch), and on stores
 * recorded before the answers, or those to the questions that take a parameter, were stored, which get them on their
 * next update.
 */
class StoredAnswersTest {
    private static final SyntheticCorpus CORPUS = IncrementalConsolidationTest.CORPUS;
    private static final Node CONSOLIDATED = NodeFactory.createURI(Iris.CONSOLIDATED_GRAPH);
    private static final Pattern STORED = Pattern.compile("stored answers (\\d+) ");

    @TempDir
    Path tmp;

    @Test
    void theSeedArticlesAnswersAreTheClaimQueriesAnswers() throws Exception {
        DatasetGraph seeds = DatasetGraphFactory.createTxnMem();
        try (InputStream in = StoredAnswersTest.class.getResourceAsStream("/consolidate/seed-claims.trig")) {
            RDFParser.source(in).lang(Lang.TRIG).parse(seeds);
        }
        Map<String, Graph> articles = new HashMap<>();
        seeds.listGraphNodes().forEachRemaining(g -> {
            if (g.getURI().startsWith(Iris.ARTICLE_GRAPH_PREFIX)) {
                articles.put(g.getURI(), seeds.getGraph(g));
            }
        });
        try (KnowledgeStore store = KnowledgeStore.open(tmp.resolve("seeds"))) {
            store.replaceGraphs(articles);
            DerivedGraphs.rebuild(store);
            assertTrue(StoredAnswers.QUESTIONS.contains("in-command-on"), "the question that takes a day is stored too");
            int stored = assertStoredAnswersAreTheClaimAnswers(store, "the seeds");
            assertTrue(stored >= 10, "the seeds' missions have stored answers: " + stored);
        }
    }

    @Test
    void answersStayTheClaimQueriesAnswersWhenArticlesAreAddedReplacedAndRemoved() {
        try (KnowledgeStore store = IncrementalConsolidationTest.builtStoreIn(tmp.resolve("store"), 150)) {
            assertStoredAnswersAreTheClaimAnswers(store, "full build");
            int missions = store.read(dsg -> StoredAnswers.missions(dsg).size());

            put(store, CORPUS.item(150));
            assertTrue(DerivedGraphs.ensureFresh(store));
            DerivedGraphs.Update added = DerivedGraphs.lastUpdate();
            assertEquals("incremental", added.how(), added.toString());
            int rewritten = rewritten(added);
            assertTrue(rewritten >= 1 && rewritten < missions / 4,
                    "one article rewrites the answers of the missions it touches only: " + rewritten + " of " + missions);
            assertStoredAnswersAreTheClaimAnswers(store, "an article added");

            // Replaced by a version without its troop counts and its command claims.
            SyntheticCorpus.Item changed = CORPUS.item(7);
            Model fewer = CORPUS.graph(changed);
            List<Resource> dropped = new ArrayList<>(fewer.listResourcesWithProperty(RDF.type, MKG.TroopContribution).toList());
            dropped.addAll(fewer.listResourcesWithProperty(RDF.type, MKG.CommandTenure).toList());
            dropped.forEach(c -> fewer.removeAll(c, null, null));
            Resource a = fewer.getResource(Iris.article(changed.article().id()));
            a.removeAll(MKG.ingestedAt).addLiteral(MKG.ingestedAt, fewer.createTypedLiteral("2026-02-02T00:00:00Z",
                    org.apache.jena.datatypes.xsd.XSDDatatype.XSDdateTime));
            store.replaceGraph(Iris.articleGraph(changed.article().id()), fewer.getGraph());
            assertTrue(DerivedGraphs.ensureFresh(store));
            assertStoredAnswersAreTheClaimAnswers(store, "an article replaced");

            // Replaced by a version reported later: the same claims under the same IRIs, only their report dates move
            // (in-command-on reads them: a tenure with no stated end is certain up to the last day it is reported).
            for (int i = 0; i < 150; i++) {
                Model later = CORPUS.graph(CORPUS.item(i));
                if (later.listResourcesWithProperty(RDF.type, MKG.CommandTenure).toList().isEmpty()) {
                    continue;
                }
                for (org.apache.jena.rdf.model.Property p : List.of(MKG.asOfEarliest, MKG.asOfLatest)) {
                    List<Resource> said = later.listResourcesWithProperty(p).toList();
                    said.forEach(c -> c.removeAll(p).addLiteral(p, later.createTypedLiteral("2030-06-30",
                            org.apache.jena.datatypes.xsd.XSDDatatype.XSDdate)));
                }
                Resource article = later.getResource(Iris.article(CORPUS.item(i).article().id()));
                article.removeAll(MKG.ingestedAt).addLiteral(MKG.ingestedAt, later.createTypedLiteral("2026-02-03T00:00:00Z",
                        org.apache.jena.datatypes.xsd.XSDDatatype.XSDdateTime));
                store.replaceGraph(Iris.articleGraph(CORPUS.item(i).article().id()), later.getGraph());
                assertTrue(DerivedGraphs.ensureFresh(store));
                assertStoredAnswersAreTheClaimAnswers(store, "an article reported later");
                break;
            }

            store.removeGraph(Iris.articleGraph(CORPUS.item(11).article().id()));
            assertTrue(DerivedGraphs.ensureFresh(store));
            assertStoredAnswersAreTheClaimAnswers(store, "an article removed");

            // And the stored answers are those a full rebuild writes.
            Graph incremental = consolidated(store);
            DerivedGraphs.rebuild(store);
            assertTrue(consolidated(store).isIsomorphicWith(incremental), "the same consolidated graph as a full rebuild");
        }
    }

    @Test
    void aStoreRecordedBeforeTheAnswersGetsThemOnItsNextUpdate() {
        try (KnowledgeStore store = IncrementalConsolidationTest.builtStoreIn(tmp.resolve("old"), 60)) {
            Graph built = consolidated(store);
            OldStores.recordedBeforeAnswers(store);
            assertEquals(0, answers(store), "no stored answer left");
            assertEquals(DerivedGraphs.Status.STALE, DerivedGraphs.status(store));
            // Without them a question still gets its answer (from the claims).
            assertStoredAnswersAreTheClaimAnswers(store, "before the upgrade");
            assertTrue(DerivedGraphs.ensureFresh(store));
            assertEquals("answers", DerivedGraphs.lastUpdate().how(), DerivedGraphs.lastUpdate().toString());
            assertEquals(DerivedGraphs.Status.FRESH, DerivedGraphs.status(store));
            assertTrue(consolidated(store).isIsomorphicWith(built), "the answers a full build writes, nothing else changed");
            assertStoredAnswersAreTheClaimAnswers(store, "after the upgrade");
        }
    }

    /**
     * A store written before the questions that take a parameter were stored (in-command-on) has the other answers and
     * not those: it answers in-command-on from the claims until its next update, which writes them for every mission
     * and changes nothing else, even with no article changed (the store notices its record is behind).
     */
    @Test
    void aStoreRecordedBeforeInCommandOnWasStoredGetsItsAnswersOnItsNextUpdate() {
        try (KnowledgeStore store = IncrementalConsolidationTest.builtStoreIn(tmp.resolve("v8"), 60)) {
            Graph built = consolidated(store);
            int all = answers(store);
            OldStores.recordedBeforeAnswersWithParameters(store);
            int before = answers(store);
            assertTrue(before > 0 && before < all, "the answers without a parameter stay: " + before + " of " + all);
            assertEquals(0, answers(store, "in-command-on"));
            assertEquals(DerivedGraphs.Status.STALE, DerivedGraphs.status(store));
            assertStoredAnswersAreTheClaimAnswers(store, "before the upgrade");
            assertTrue(DerivedGraphs.ensureFresh(store));
            assertEquals("answers with parameters", DerivedGraphs.lastUpdate().how(), DerivedGraphs.lastUpdate().toString());
            assertEquals(DerivedGraphs.Status.FRESH, DerivedGraphs.status(store));
            assertTrue(answers(store, "in-command-on") > 0);
            assertTrue(consolidated(store).isIsomorphicWith(built), "the answers a full build writes, nothing else changed");
            assertStoredAnswersAreTheClaimAnswers(store, "after the upgrade");
            assertFalse(DerivedGraphs.ensureFresh(store), "once is enough");
        }
    }

    /**
     * The same older store with an article added before its next update: the update works the article in and writes
     * in-command-on whole for every mission, not only the rows of the facts the article changed (which alone would be
     * a partial answer for the missions it touches, read as if whole).
     */
    @Test
    void aStoreRecordedBeforeInCommandOnWasStoredGetsWholeAnswersWhenAnArticleCameFirst() {
        try (KnowledgeStore store = IncrementalConsolidationTest.builtStoreIn(tmp.resolve("v8-added"), 60)) {
            OldStores.recordedBeforeAnswersWithParameters(store);
            // An article with a tenure in a mission that has tenures already: its in-command-on answer gains rows.
            java.util.Set<org.apache.jena.rdf.model.RDFNode> commanded = new java.util.HashSet<>();
            for (int i = 0; i < 60; i++) {
                Model m = CORPUS.graph(CORPUS.item(i));
                m.listResourcesWithProperty(RDF.type, MKG.CommandTenure).forEachRemaining(c -> commanded.add(c.getProperty(MKG.mission).getObject()));
            }
            int added = 60;
            while (CORPUS.graph(CORPUS.item(added)).listResourcesWithProperty(RDF.type, MKG.CommandTenure).toList().stream()
                    .noneMatch(c -> commanded.contains(c.getProperty(MKG.mission).getObject()))) {
                added++;
            }
            put(store, CORPUS.item(added));
            assertTrue(DerivedGraphs.ensureFresh(store));
            assertEquals("incremental", DerivedGraphs.lastUpdate().how(), DerivedGraphs.lastUpdate().toString());
            assertEquals(DerivedGraphs.Status.FRESH, DerivedGraphs.status(store));
            assertStoredAnswersAreTheClaimAnswers(store, "an article added to an older store");
            Graph incremental = consolidated(store);
            DerivedGraphs.rebuild(store);
            assertTrue(consolidated(store).isIsomorphicWith(incremental), "the same consolidated graph as a full rebuild");
        }
    }

    /**
     * For every stored question and every mission: the prepared question (reading the stored answer) gives the rows,
     * in the order, of the question's claim query. Returns how many (question, mission) answers are stored.
     */
    private static int assertStoredAnswersAreTheClaimAnswers(KnowledgeStore store, String when) {
        return store.read(dsg -> {
            int stored = 0;
            int compared = 0;
            for (String mission : StoredAnswers.missions(dsg)) {
                for (String question : StoredAnswers.QUESTIONS) {
                    for (Map<String, String> one : asked(question, mission)) {
                        Query read = CannedQueries.prepare(question, one);
                        assertTrue(read.toString().contains("answerRows"), question + " reads the stored rows");
                        List<Binding> claims = select(dsg, CannedQueries.claimQuery(question, one));
                        assertEquals(claims, select(dsg, read), when + ": " + question + " " + one);
                        if (!claims.isEmpty()) {
                            compared++;
                        }
                    }
                    if (dsg.contains(CONSOLIDATED, StoredAnswers.answerNode(question, mission), Node.ANY, Node.ANY)) {
                        stored++;
                    }
                }
            }
            assertTrue(compared > 0, when + ": some answer has rows");
            return stored;
        });
    }

    /** Days a question that takes one is asked for: before, inside and after the synthetic and seed tenures. */
    private static final List<String> DAYS = List.of("1999-01-01", "2005-06-30", "2012-01-01", "2018-11-15", "2019-10-01",
            "2020-03-01", "2024-01-01");

    /** The parameters a question is asked with for one mission: the mission, and each of {@link #DAYS} for a day. */
    private static List<Map<String, String>> asked(String question, String mission) {
        List<CannedQuery.Param> params = CannedQueries.get(question).params();
        if (params.isEmpty()) {
            return List.of(Map.of(CannedQueries.MISSION, mission));
        }
        List<Map<String, String>> out = new ArrayList<>();
        for (String day : DAYS) {
            Map<String, String> one = new HashMap<>(Map.of(CannedQueries.MISSION, mission));
            params.forEach(p -> one.put(p.name(), day));
            out.add(one);
        }
        return out;
    }

    private static List<Binding> select(DatasetGraph dsg, Query q) {
        List<Binding> out = new ArrayList<>();
        try (QueryExec exec = QueryExec.dataset(dsg).query(q).build()) {
            exec.select().forEachRemaining(out::add);
        }
        return out;
    }

    private static int answers(KnowledgeStore store) {
        return store.read(dsg -> (int) dsg.stream(CONSOLIDATED, Node.ANY, RDF.type.asNode(), MKG.StoredAnswer.asNode()).count());
    }

    private static int answers(KnowledgeStore store, String question) {
        return store.read(dsg -> (int) dsg.stream(CONSOLIDATED, Node.ANY, MKG.question.asNode(),
                NodeFactory.createLiteralString(question)).count());
    }

    private static int rewritten(DerivedGraphs.Update u) {
        Matcher m = STORED.matcher(u.steps());
        assertTrue(m.find(), u.steps());
        return Integer.parseInt(m.group(1));
    }

    private static Graph consolidated(KnowledgeStore store) {
        return store.read(dsg -> {
            Graph g = GraphFactory.createGraphMem();
            dsg.getGraph(CONSOLIDATED).find().forEachRemaining(g::add);
            return g;
        });
    }

    private static void put(KnowledgeStore store, SyntheticCorpus.Item item) {
        store.replaceGraph(Iris.articleGraph(item.article().id()), CORPUS.graph(item).getGraph());
    }
}
