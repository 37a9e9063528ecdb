package org.missionkg.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Query;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.sparql.exec.http.QueryExecHTTP;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.missionkg.bench.SyntheticCorpus;
import org.missionkg.cli.CliRun;
import org.missionkg.consolidate.CannedQueries;
import org.missionkg.consolidate.CannedQuery;
import org.missionkg.pipeline.DerivedGraphs;
import org.missionkg.store.KnowledgeStore;
import org.missionkg.vocab.Iris;

/**
 * One mission's rows and pages of the canned queries, asked over HTTP of a real Fuseki on a real TDB2 store
 * (the seed articles' claims, no NLP), against the whole table the same server gives; then the same through
 * {@code missionkg ask} on that store.
 */
class CannedQuerySlicesTest {
    static final String IRAQ = Iris.ID + "mission/nato-mission-iraq";

    @TempDir
    static Path dir;
    static KnowledgeStore store;
    static KgServer server;

    @BeforeAll
    static void storeAndServe() throws Exception {
        store = seedStore(dir.resolve("served"));
        server = KgServer.create().dataset(store.dataset()).port(0).loopback(true).build().start();
        seedStore(dir.resolve("for-cli")).close();
        // Enough claims that the commands question takes far longer than a 1 ms timeout on any machine: over the
        // five seed articles a warm JVM can answer it inside 1 ms, and the timeout test then saw a whole answer.
        try (KnowledgeStore slow = KnowledgeStore.open(dir.resolve("slow-cli"))) {
            slow.replaceGraphs(SyntheticCorpus.create(3).articleGraphs(0, SLOW_ARTICLES));
            DerivedGraphs.rebuild(slow);
        }
    }

    static final int SLOW_ARTICLES = 600;

    /** A TDB2 store of the seed articles' claim graphs with their derived graphs. */
    static KnowledgeStore seedStore(Path where) throws Exception {
        DatasetGraph seeds = DatasetGraphFactory.createTxnMem();
        try (InputStream in = CannedQuerySlicesTest.class.getResourceAsStream("/consolidate/seed-claims.trig")) {
            RDFParser.source(in).lang(Lang.TRIG).parse(seeds);
        }
        KnowledgeStore s = KnowledgeStore.open(where);
        Map<String, org.apache.jena.graph.Graph> articles = new HashMap<>();
        seeds.listGraphNodes().forEachRemaining(g -> {
            if (g.getURI().startsWith(Iris.ARTICLE_GRAPH_PREFIX)) {
                articles.put(g.getURI(), seeds.getGraph(g));
            }
        });
        assertEquals(5, articles.size());
        s.replaceGraphs(articles);
        DerivedGraphs.rebuild(s);
        return s;
    }

    @AfterAll
    static void stop() {
        ServedStore.stop(server, store);
    }

    static List<Binding> ask(Query q) {
        List<Binding> rows = new ArrayList<>();
        try (QueryExecHTTP qe = QueryExecHTTP.service(server.sparqlUrl()).query(q).build()) {
            RowSet rs = qe.select();
            rs.forEachRemaining(rows::add);
        }
        return rows;
    }

    static Map<String, String> params(CannedQuery q) {
        Map<String, String> params = new HashMap<>();
        q.params().forEach(p -> params.put(p.name(), "2020-03-01"));
        return params;
    }

    static List<CannedQuery> local() {
        return CannedQueries.list().stream().filter(q -> !q.name().startsWith("wikidata")).toList();
    }

    @Test
    void oneMissionIsTheWholeTablesRowsAboutIt() {
        Node iraq = NodeFactory.createURI(IRAQ);
        int missions = 0;
        for (CannedQuery q : local()) {
            if (!q.takesMission()) {
                assertFalse(q.columns().contains("mission") && q.params().isEmpty(), q.name());
                continue;
            }
            missions++;
            List<Binding> whole = ask(CannedQueries.prepare(q.name(), params(q)));
            List<Binding> expected = whole.stream().filter(b -> iraq.equals(b.get(Var.alloc("mission")))).toList();
            Map<String, String> bySlug = params(q);
            bySlug.put("mission", "nato-mission-iraq");
            Map<String, String> byIri = params(q);
            byIri.put("mission", IRAQ);
            List<Binding> one = ask(CannedQueries.prepare(q.name(), bySlug));
            assertEquals(expected, one, q.name() + ": the same rows in the same order");
            assertEquals(one, ask(CannedQueries.prepare(q.name(), byIri)), q.name());
            assertTrue(q.name().equals("conflicts") || !one.isEmpty(), q.name() + " has rows about Iraq in the seeds");
            if (q.name().equals("troops")) {
                assertTrue(whole.stream().anyMatch(b -> !b.contains(Var.alloc("mission"))) && one.size() < whole.size(),
                        "a troop claim that names no mission is not about Iraq");
            }
        }
        assertEquals(7, missions, "commands, conflicts, events, in-command-on, lead-nations, troops, who-commanded-when");
    }

    @Test
    void pagesFollowOneAnotherWithoutRepeatOrGap() {
        for (CannedQuery q : local()) {
            Query prepared = CannedQueries.prepare(q.name(), params(q));
            List<Binding> whole = ask(prepared);
            List<Binding> ordered = ask(CannedQueries.page(prepared, -1, 0));
            assertEquals(whole.size(), ordered.size(), q.name());
            assertTrue(ordered.containsAll(whole) && whole.containsAll(ordered), q.name() + ": the same rows");
            List<Binding> paged = new ArrayList<>();
            for (int offset = 0; offset < ordered.size() + 3; offset += 3) {
                List<Binding> page = ask(CannedQueries.page(prepared, 3, offset));
                assertTrue(page.size() <= 3, q.name());
                paged.addAll(page);
            }
            assertEquals(ordered, paged, q.name() + ": pages of 3 put together");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"commands", "in-command-on"})
    void askTakesAMissionAndAPage(String name) {
        {
            List<String> date = name.equals("in-command-on") ? List.of("-p", "date=2020-03-01") : List.of();
            String where = dir.resolve("for-cli").toString();
            List<String> all = run(where, name, date);
            List<String> iraq = run(where, name, date, "-p", "mission=nato-mission-iraq");
            assertEquals(all.get(0), iraq.get(0), "the header");
            assertFalse(iraq.size() < 2, iraq.toString());
            assertTrue(iraq.stream().skip(1).allMatch(r -> r.contains(IRAQ)), iraq.toString());
            List<String> paged = run(where, name, date, "-p", "mission=nato-mission-iraq", "--limit", "1", "--offset", "1");
            assertEquals(2, paged.size(), paged.toString());
            assertTrue(iraq.contains(paged.get(1)), paged.toString());
            CliRun roles = CliRun.run("ask", "--store", where, "roles", "-p", "mission=nato-mission-iraq");
            assertEquals(3, roles.exit(), roles::toString);
            assertTrue(roles.err().contains("has no parameter [mission]"), roles::toString);
        }
    }

    /**
     * A page before the first row and a mission the store does not know are errors that name the problem (a typo in
     * a slug must not pass for "nothing is known of it"); a mission the store knows that no article names is an
     * empty answer.
     */
    @Test
    void askNamesWhatIsWrongWithTheQuestion() {
        String where = dir.resolve("for-cli").toString();
        CliRun limit = CliRun.run("ask", "--store", where, "commands", "--limit", "-5");
        assertEquals(3, limit.exit(), limit::toString);
        assertTrue(limit.err().contains("ask commands: --limit must be 0 or more, not -5"), limit::toString);
        CliRun offset = CliRun.run("ask", "--store", where, "commands", "--limit", "2", "--offset", "-1");
        assertEquals(3, offset.exit(), offset::toString);
        assertTrue(offset.err().contains("ask commands: --offset must be 0 or more, not -1"), offset::toString);
        CliRun typo = CliRun.run("ask", "--store", where, "commands", "-p", "mission=nato-mision-iraq");
        assertEquals(3, typo.exit(), typo::toString);
        assertTrue(typo.err().contains("ask commands: no mission 'nato-mision-iraq' in the store"), typo::toString);
        assertTrue(typo.err().contains("did you mean nato-mission-iraq"), typo::toString);
        assertEquals("", typo.out(), "no table for a mission the store lacks");
        CliRun iri = CliRun.run("ask", "--store", where, "in-command-on", "-p", "date=2020-03-01", "-p",
                "mission=https://example.org/no-such-mission");
        assertEquals(3, iri.exit(), iri::toString);
        assertTrue(iri.err().contains("no mission 'https://example.org/no-such-mission' in the store"), iri::toString);
        List<String> untold = run(where, "commands", List.of(), "-p", "mission=operation-okra");
        assertEquals(List.of(run(where, "commands", List.of()).get(0)), untold, "the gazetteer's mission: the header alone");
    }

    /**
     * A canned question stopped by its timeout is an error that names it (exit 3), with nothing of its rows printed, in
     * the formats that stream (CSV, JSON) as in the table. A 1 ms timeout stops any of them on this store.
     */
    @Test
    void askStoppedByItsTimeoutNamesTheQuestionAndPrintsNothing() {
        String where = dir.resolve("slow-cli").toString();
        for (String format : List.of("csv", "json", "table")) {
            CliRun run = CliRun.run("ask", "--store", where, "commands", "--format", format, "--timeout", "0.001");
            assertEquals(3, run.exit(), run::toString);
            assertEquals(List.of("missionkg: ask commands: timed out after 0.001 s (--timeout) before its answer was complete; "
                    + "nothing of it was printed"), run.errLines(), run::toString);
            assertEquals("", run.out(), format);
        }
        CliRun zero = CliRun.run("ask", "--store", where, "commands", "--timeout", "0");
        assertEquals(3, zero.exit(), zero::toString);
        assertTrue(zero.err().contains("--timeout: must be a positive number of seconds"), zero::toString);
    }

    private static List<String> run(String store, String name, List<String> date, String... more) {
        List<String> args = new ArrayList<>(List.of("ask", "--store", store, name, "--format", "csv"));
        args.addAll(date);
        args.addAll(List.of(more));
        CliRun run = CliRun.run(args.toArray(String[]::new));
        assertEquals(0, run.exit(), run::toString);
        return List.of(run.out().split("\r?\n"));
    }
}
