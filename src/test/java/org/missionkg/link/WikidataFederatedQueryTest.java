package org.missionkg.link;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CopyOnWriteArrayList;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.missionkg.consolidate.CannedQueries;
import org.missionkg.consolidate.CannedQuery;
import org.missionkg.model.BadInputException;
import org.missionkg.store.KnowledgeStore;

/** data/queries/wikidata-*.rq against the fixture, through a proxy that records what is asked. */
class WikidataFederatedQueryTest {
    @RegisterExtension
    static final WikidataFixture.Endpoint WIKIDATA = new WikidataFixture.Endpoint();
    private static HttpServer proxy;
    private static final List<String> asked = new CopyOnWriteArrayList<>();
    private static final List<String> agents = new CopyOnWriteArrayList<>();

    @TempDir
    Path dir;
    private KnowledgeStore store;

    @BeforeAll
    static void start() throws IOException {
        URI target = WIKIDATA.sparql();
        HttpClient http = HttpClient.newHttpClient();
        proxy = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        proxy.createContext("/sparql", ex -> {
            String body = new String(ex.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            String form = ex.getRequestURI().getRawQuery() != null ? ex.getRequestURI().getRawQuery() : body;
            String query = "";
            for (String kv : form.split("&")) {
                if (kv.startsWith("query=")) {
                    query = URLDecoder.decode(kv.substring(6), StandardCharsets.UTF_8);
                }
            }
            asked.add(query);
            agents.add(ex.getRequestHeaders().getFirst("User-Agent"));
            try {
                HttpResponse<byte[]> r = http.send(HttpRequest.newBuilder(URI.create(target + "?query="
                                + java.net.URLEncoder.encode(query, StandardCharsets.UTF_8)))
                        .header("Accept", ex.getRequestHeaders().getFirst("Accept")).build(), HttpResponse.BodyHandlers.ofByteArray());
                ex.getResponseHeaders().add("Content-Type", r.headers().firstValue("Content-Type").orElse("application/sparql-results+json"));
                ex.sendResponseHeaders(r.statusCode(), r.body().length);
                ex.getResponseBody().write(r.body());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } finally {
                ex.close();
            }
        });
        proxy.start();
    }

    @AfterAll
    static void stop() {
        proxy.stop(0);
    }

    @BeforeEach
    void link() {
        asked.clear();
        agents.clear();
        store = WikidataFixture.store(dir.resolve("store"));
        WikidataConfig config = WikidataFixture.config(WIKIDATA.sparql());
        new Linker(store, null, new WikidataClient(config), WikidataFixture.CLOCK).run();
        asked.clear();
    }

    @AfterEach
    void close() {
        store.close();
    }

    private static URI proxyUri() {
        return URI.create("http://localhost:" + proxy.getAddress().getPort() + "/sparql");
    }

    private List<Map<String, String>> run(Query q, WikidataConfig config) {
        return Txn.calculateRead(store.dataset(), () -> {
            List<Map<String, String>> rows = new ArrayList<>();
            try (QueryExecution qe = FederatedQueries.execution(store.dataset(), q, config, 30_000)) {
                qe.execSelect().forEachRemaining((QuerySolution s) -> {
                    Map<String, String> row = new TreeMap<>();
                    s.varNames().forEachRemaining(v -> row.put(v, s.get(v).isLiteral()
                            ? s.getLiteral(v).getLexicalForm() : s.getResource(v).getURI()));
                    rows.add(row);
                });
            }
            return rows;
        });
    }

    @Test
    void wikidataPeopleAsksTheConfiguredEndpointOneItemAtATime() {
        Query q = FederatedQueries.retarget(CannedQueries.prepare("wikidata-people", Map.of()), proxyUri().toString());
        List<Map<String, String>> rows = run(q, WikidataFixture.config(proxyUri()));
        assertEquals(CannedQueries.get("wikidata-people").columns(), q.getResultVars());
        assertEquals(List.of("Dany Fortin", "Jennie Carignan", "Sam Taylor"), rows.stream().map(r -> r.get("personLabel")).toList());
        Map<String, String> carignan = rows.get(1);
        assertEquals("http://www.wikidata.org/entity/Q9900000001", carignan.get("item"));
        assertEquals("1968-07-04", carignan.get("birthDate"));
        assertEquals("Testland Army general officer", carignan.get("description"));
        assertEquals("Brigadier-General", carignan.get("positions"));
        assertEquals("Minister of Defence", rows.get(2).get("positions"));
        // One request per linked person, each naming its item and nothing from the store.
        assertEquals(3, asked.size(), String.join("\n---\n", asked));
        for (String a : asked) {
            java.util.Set<String> items = new java.util.TreeSet<>();
            java.util.regex.Matcher m = java.util.regex.Pattern.compile("entity/(Q\\d+)").matcher(a);
            while (m.find()) {
                items.add(m.group(1));
            }
            assertEquals(1, items.size(), a);
            assertFalse(a.contains("missionkg"), a);
        }
        agents.forEach(ua -> assertTrue(ua.startsWith("missionkg/0.1 (research tool; "), ua));
    }

    @Test
    void everyWikidataQueryFileNamesThePublicEndpointAndDeclaresItsColumns() {
        List<CannedQuery> federated = CannedQueries.list().stream().filter(q -> q.name().startsWith("wikidata-")).toList();
        assertFalse(federated.isEmpty());
        for (CannedQuery cq : federated) {
            Query q = CannedQueries.prepare(cq.name(), Map.of());
            assertEquals(java.util.Set.of(FederatedQueries.WIKIDATA_SERVICE), FederatedQueries.services(q), cq.name());
            assertEquals(cq.columns(), q.getResultVars(), cq.name());
        }
        assertTrue(CannedQueries.list().stream().filter(q -> !q.name().startsWith("wikidata-"))
                .allMatch(q -> FederatedQueries.services(CannedQueries.prepare(q.name(),
                        q.params().isEmpty() ? Map.of() : Map.of("date", "2020-03-01"))).isEmpty()), "no other file calls out");
    }

    @Test
    void retargetSwapsOnlyTheWikidataServiceEvenInSubqueries() {
        Query q = QueryFactory.create("""
                SELECT * WHERE {
                  SERVICE <https://query.wikidata.org/sparql> { ?a ?b ?c }
                  SERVICE SILENT <http://elsewhere.example/sparql> { ?a ?d ?e }
                  { SELECT ?a WHERE { SERVICE <https://query.wikidata.org/sparql> { ?a ?f ?g } } }
                }""");
        Query moved = FederatedQueries.retarget(q, "http://localhost:1/wd/sparql");
        assertEquals(java.util.Set.of("http://elsewhere.example/sparql", "http://localhost:1/wd/sparql"), FederatedQueries.services(moved));
        assertTrue(moved.toString().contains("SERVICE SILENT <http://elsewhere.example/sparql>"), moved.toString());
        assertEquals(java.util.Set.of("http://elsewhere.example/sparql", FederatedQueries.WIKIDATA_SERVICE),
                FederatedQueries.services(q), "the original is not changed");
    }

    @Test
    void serviceIsAllowedOnlyToTheConfiguredEndpoint() {
        Query q = QueryFactory.create("SELECT * WHERE { SERVICE <http://elsewhere.example/sparql> { ?a ?b ?c } }");
        BadInputException e = assertThrows(BadInputException.class, () -> run(q, WikidataFixture.config(proxyUri())));
        assertTrue(e.getMessage().contains("not allowed"), e.getMessage());
        // and ordinary queries cannot call out at all
        Query toFixture = QueryFactory.create("SELECT * WHERE { SERVICE <" + proxyUri() + "> { ?a ?b ?c } } LIMIT 1");
        BadInputException denied = assertThrows(BadInputException.class, () -> org.missionkg.export.QueryRunner.run(
                store.dataset(), toFixture, org.missionkg.export.QueryRunner.Format.CSV, java.io.OutputStream.nullOutputStream(), 5_000));
        assertTrue(denied.getMessage().contains("SERVICE is not allowed"), denied.getMessage());
        assertTrue(asked.isEmpty(), "nothing was asked");
    }

    @Test
    void theQueryCommandSendsTheWikidataQueryWhereItIsTold() throws Exception {
        store.close();
        java.io.ByteArrayOutputStream captured = new java.io.ByteArrayOutputStream();
        java.io.PrintStream original = System.out;
        int exit;
        try {
            System.setOut(new java.io.PrintStream(captured, true, StandardCharsets.UTF_8));
            exit = org.missionkg.cli.Main.run("query", "--store", dir.resolve("store").toString(), "--format", "csv",
                    "--endpoint", proxyUri().toString(), Path.of("data/queries/wikidata-people.rq").toString());
        } finally {
            System.setOut(original);
            store = KnowledgeStore.open(dir.resolve("store"));
        }
        assertEquals(0, exit);
        String csv = captured.toString(StandardCharsets.UTF_8);
        assertTrue(csv.startsWith("person,personLabel,item,positions,birthDate,description"), csv);
        assertTrue(csv.contains("Jennie Carignan,http://www.wikidata.org/entity/Q9900000001,Brigadier-General,1968-07-04,"
                + "Testland Army general officer"), csv);
    }

    @Test
    void theQueryCommandReportsAnUnreachableEndpointWithExitCodeSix() throws Exception {
        store.close();
        int port;
        try (java.net.ServerSocket free = new java.net.ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = free.getLocalPort();
        }
        int exit;
        try {
            exit = org.missionkg.cli.Main.run("query", "--store", dir.resolve("store").toString(), "--format", "csv",
                    "--endpoint", "http://localhost:" + port + "/sparql", Path.of("data/queries/wikidata-people.rq").toString());
        } finally {
            store = KnowledgeStore.open(dir.resolve("store"));
        }
        assertEquals(6, exit);
    }
}
