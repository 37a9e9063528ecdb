package org.missionkg.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.graph.GraphFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.missionkg.TestFiles;
import org.missionkg.pipeline.Ingestor;
import org.missionkg.store.KnowledgeStore;
import org.missionkg.vocab.Iris;

/** The embedded Fuseki over the seed corpus (metadata only), asked over plain HTTP. */
class KgServerTest {
    static final Path SEED = TestFiles.SEED_CORPUS;
    static final String ARTICLES_BY_DATE = """
            PREFIX schema: <https://schema.org/>
            PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
            PREFIX mkg: <https://w3id.org/missionkg/ontology#>
            SELECT ?id ?outlet ?published WHERE {
              ?article a schema:NewsArticle ; mkg:articleId ?id ;
                       schema:publisher/rdfs:label ?outlet ; schema:datePublished ?published .
            } ORDER BY ?published
            """;

    @TempDir
    static Path dir;
    static KnowledgeStore store;
    static KgServer server;
    static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    @BeforeAll
    static void serveTheSeed() {
        store = open(dir.resolve("store"));
        server = KgServer.create().dataset(store.dataset()).port(0).build().start();
    }

    @AfterAll
    static void stop() {
        ServedStore.stop(server, store);
    }

    static KnowledgeStore open(Path location) {
        KnowledgeStore s = KnowledgeStore.open(location);
        assertEquals(5, Ingestor.create(s).build().ingest(List.of(SEED)).stored());
        return s;
    }

    @Test
    void everySeedArticleWithOutletAndDate() throws Exception {
        HttpResponse<String> r = send(HttpRequest.newBuilder(URI.create(server.sparqlUrl()))
                .header("Content-Type", "application/sparql-query").header("Accept", "text/csv")
                .POST(HttpRequest.BodyPublishers.ofString(ARTICLES_BY_DATE)));
        assertEquals(200, r.statusCode(), r.body());
        // outlets and dates as the files' front matter gives them
        assertEquals(List.of(
                "id,outlet,published",
                "001_e6088a01d5507656,Kurdistan 24,2018-07-11",
                "000_a29c890775fe9923,Kurdistan 24,2019-06-26",
                "002_c6492637f5053c95,The Canadian Press,2020-01-07",
                "003_b81079d545b3e2ce,Click Lancashire,2020-02-14",
                "004_811f0c9e4eb4394b,The Canadian Press,2021-01-10"), r.body().lines().toList());
    }

    @Test
    void queryByGetWithJsonResults() throws Exception {
        HttpResponse<String> r = send(HttpRequest.newBuilder(URI.create(server.sparqlUrl() + "?query="
                        + URLEncoder.encode("SELECT (COUNT(*) AS ?n) WHERE { ?a a <https://schema.org/NewsArticle> }",
                        StandardCharsets.UTF_8)))
                .header("Accept", "application/sparql-results+json").GET());
        assertEquals(200, r.statusCode(), r.body());
        assertTrue(r.body().replaceAll("\\s", "").contains("\"value\":\"5\""), r.body());
    }

    @Test
    void graphStoreReadGivesTurtleThatParses() throws Exception {
        String iri = Iris.articleGraph("004_811f0c9e4eb4394b");
        HttpResponse<String> r = send(HttpRequest.newBuilder(URI.create(server.graphStoreUrl() + "?graph="
                        + URLEncoder.encode(iri, StandardCharsets.UTF_8)))
                .header("Accept", "text/turtle").GET());
        assertEquals(200, r.statusCode(), r.body());
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("text/turtle"));
        Graph served = GraphFactory.createDefaultGraph();
        RDFParser.fromString(r.body(), Lang.TURTLE).parse(served);
        Graph stored = store.read(dsg -> {
            Graph copy = GraphFactory.createDefaultGraph();
            dsg.getGraph(NodeFactory.createURI(iri)).find().forEachRemaining(copy::add);
            return copy;
        });
        assertFalse(stored.isEmpty());
        assertTrue(served.isIsomorphicWith(stored), "the served graph differs from the stored one");
    }

    @Test
    void unknownGraphIsNotFound() throws Exception {
        HttpResponse<String> r = send(HttpRequest.newBuilder(URI.create(server.graphStoreUrl() + "?graph="
                + URLEncoder.encode(Iris.articleGraph("no-such-article"), StandardCharsets.UTF_8))).GET());
        assertEquals(404, r.statusCode());
    }

    @Test
    void pageForPeople() throws Exception {
        HttpResponse<String> r = send(HttpRequest.newBuilder(URI.create(server.url() + "/")).GET());
        assertEquals(200, r.statusCode());
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("text/html"));
        assertTrue(r.body().contains("<title>missionkg</title>") && r.body().contains("kg/sparql"), r.body());
    }

    @Test
    void malformedQueryIsABadRequest() throws Exception {
        HttpResponse<String> r = refused(HttpRequest.newBuilder(URI.create(server.sparqlUrl()))
                .header("Content-Type", "application/sparql-query")
                .POST(HttpRequest.BodyPublishers.ofString("SELECT * WHERE {")));
        assertEquals(400, r.statusCode(), r.body());
    }

    @Test
    void updatesAreRefused() throws Exception {
        long before = store.size();
        String update = "INSERT DATA { GRAPH <urn:x:g> { <urn:x:s> <urn:x:p> <urn:x:o> } }";
        String drop = "DROP ALL";
        for (String path : List.of("/kg/sparql", "/kg/update", "/kg", "/kg/query")) {
            for (String body : List.of(update, drop)) {
                HttpResponse<String> r = refused(HttpRequest.newBuilder(URI.create(server.url() + path))
                        .header("Content-Type", "application/sparql-update")
                        .POST(HttpRequest.BodyPublishers.ofString(body)));
                assertRefused(r, "update POSTed to " + path);
                r = refused(HttpRequest.newBuilder(URI.create(server.url() + path))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString("update=" + URLEncoder.encode(body, StandardCharsets.UTF_8))));
                assertRefused(r, "update form POSTed to " + path);
            }
        }
        String triple = "<urn:x:s> <urn:x:p> <urn:x:o> .";
        String graph = "?graph=" + URLEncoder.encode(Iris.articleGraph("000_a29c890775fe9923"), StandardCharsets.UTF_8);
        for (String path : List.of("/kg/get" + graph, "/kg/data" + graph, "/kg" + graph, "/kg/get?default", "/kg")) {
            for (String method : List.of("PUT", "POST", "DELETE")) {
                HttpResponse<String> r = refused(HttpRequest.newBuilder(URI.create(server.url() + path))
                        .header("Content-Type", "text/turtle")
                        .method(method, HttpRequest.BodyPublishers.ofString(triple)));
                assertRefused(r, method + " " + path);
            }
        }
        assertEquals(before, store.size(), "the store changed");
    }

    @Test
    void longQueryIsCutAtTheTimeout() throws Exception {
        try (KnowledgeStore other = open(dir.resolve("timeout-store"))) {
            KgServer cut = KgServer.create().dataset(other.dataset()).port(0).timeoutMillis(1_000).build().start();
            try {
                // about 100 quads, joined with themselves five times: hours of work
                String crossJoin = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l . ?m ?o ?q }";
                long t0 = System.nanoTime();
                HttpResponse<String> r = send(HttpRequest.newBuilder(URI.create(cut.sparqlUrl()))
                        .header("Content-Type", "application/sparql-query")
                        .POST(HttpRequest.BodyPublishers.ofString(crossJoin)));
                double seconds = (System.nanoTime() - t0) / 1e9;
                assertEquals(503, r.statusCode(), r.body());
                assertTrue(seconds < 20, "cut only after " + seconds + " s");
            } finally {
                cut.stop();
            }
        }
    }

    private static void assertRefused(HttpResponse<String> r, String what) {
        assertTrue(r.statusCode() >= 400, what + " was answered " + r.statusCode() + ": " + r.body());
    }

    /**
     * Sends a request that should be refused, on a connection of its own: the server may close
     * the connection after refusing a request whose body it did not read, and a pooled
     * connection would then fail the next request instead.
     */
    private static HttpResponse<String> refused(HttpRequest.Builder request) throws IOException, InterruptedException {
        return HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build()
                .send(request.timeout(Duration.ofSeconds(60)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        return HTTP.send(request.timeout(Duration.ofSeconds(60)).build(), HttpResponse.BodyHandlers.ofString());
    }
}
