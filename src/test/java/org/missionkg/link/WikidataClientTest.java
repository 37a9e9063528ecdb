package org.missionkg.link;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.missionkg.model.EndpointUnreachableException;
import org.missionkg.model.MissionKgException;
import org.missionkg.store.KnowledgeStore;

/** The polite client against tiny local servers that answer slowly, busily, wrongly or not at all. */
class WikidataClientTest {
    private static final String EMPTY_RESULTS = "{\"head\":{\"vars\":[\"x\"]},\"results\":{\"bindings\":[]}}";
    private static final String ONE_ROW = "{\"head\":{\"vars\":[\"x\"]},\"results\":{\"bindings\":"
            + "[{\"x\":{\"type\":\"uri\",\"value\":\"http://www.wikidata.org/entity/Q9900000001\"}}]}}";

    private HttpServer server;
    private ExecutorService threads;
    private final AtomicInteger hits = new AtomicInteger();
    private final List<Map<String, String>> requests = new CopyOnWriteArrayList<>();

    @TempDir
    Path dir;

    /** A server whose n-th request (from 1) is answered by {@code answer}. */
    private URI serve(Answer answer) throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        threads = Executors.newCachedThreadPool(r -> {
            Thread t = new Thread(r, "test-endpoint");
            t.setDaemon(true);
            return t;
        });
        server.setExecutor(threads);
        server.createContext("/sparql", ex -> {
            int n = hits.incrementAndGet();
            Map<String, String> seen = new ConcurrentHashMap<>();
            seen.put("method", ex.getRequestMethod());
            ex.getRequestHeaders().forEach((k, v) -> seen.put(k.toLowerCase(), v.get(0)));
            String body = new String(ex.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            seen.put("body", body);
            seen.put("query", String.valueOf(ex.getRequestURI().getRawQuery()));
            requests.add(seen);
            try {
                answer.answer(n, ex);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } finally {
                ex.close();
            }
        });
        server.start();
        return URI.create("http://localhost:" + server.getAddress().getPort() + "/sparql");
    }

    interface Answer {
        void answer(int n, HttpExchange ex) throws IOException, InterruptedException;
    }

    private static void send(HttpExchange ex, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        ex.getResponseHeaders().add("Content-Type", "application/sparql-results+json");
        ex.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
        if (bytes.length > 0) {
            ex.getResponseBody().write(bytes);
        }
    }

    @AfterEach
    void stop() {
        if (server != null) {
            server.stop(0);
            threads.shutdownNow();
        }
    }

    private static WikidataConfig config(URI endpoint) {
        return WikidataFixture.config(endpoint);
    }

    @Test
    void sendsADescriptiveUserAgentAndAsksForJsonResults() throws IOException {
        URI uri = serve((n, ex) -> send(ex, 200, ONE_ROW));
        var rows = new WikidataClient(config(uri)).select("SELECT ?x WHERE { ?x ?p ?o }");
        assertEquals("http://www.wikidata.org/entity/Q9900000001", rows.get(0).getResource("x").getURI());
        Map<String, String> r = requests.get(0);
        assertTrue(r.get("user-agent").startsWith("missionkg/0.1 (research tool; "), r.get("user-agent"));
        assertEquals("application/sparql-results+json", r.get("accept"));
        assertEquals("GET", r.get("method"));
        assertTrue(r.get("query").startsWith("query=SELECT"), r.get("query"));
    }

    @Test
    void aLongQueryGoesInAPostBody() throws IOException {
        URI uri = serve((n, ex) -> send(ex, 200, EMPTY_RESULTS));
        String longQuery = "SELECT ?x WHERE { VALUES ?x {" + " \"a name\"".repeat(400) + " } }";
        new WikidataClient(config(uri)).select(longQuery);
        assertEquals("POST", requests.get(0).get("method"));
        assertTrue(requests.get(0).get("body").startsWith("query=SELECT"));
    }

    @Test
    void aSlowEndpointTimesOutAndIsReportedUnreachable() throws IOException {
        URI uri = serve((n, ex) -> {
            Thread.sleep(5_000);
            send(ex, 200, EMPTY_RESULTS);
        });
        WikidataClient client = new WikidataClient(config(uri).withTimeouts(Duration.ofSeconds(1), Duration.ofMillis(300)));
        long t0 = System.nanoTime();
        EndpointUnreachableException e = assertThrows(EndpointUnreachableException.class, () -> client.select("ASK {}"));
        long millis = (System.nanoTime() - t0) / 1_000_000;
        assertTrue(millis < 3_000, "gave up after the timeouts, not after the server: " + millis + " ms");
        assertTrue(e.getMessage().contains("timeout") && e.getMessage().contains("2 tries"), e.getMessage());
        assertEquals(2, client.requestCount());
    }

    @Test
    void aBusyAnswerIsRetriedAfterABackoff() throws IOException {
        URI uri = serve((n, ex) -> send(ex, n == 1 ? 503 : 200, n == 1 ? "" : ONE_ROW));
        WikidataClient client = new WikidataClient(config(uri).withPacing(Duration.ZERO, 2, Duration.ofMillis(200)));
        long t0 = System.nanoTime();
        assertEquals(1, client.select("SELECT ?x {}").size());
        assertTrue((System.nanoTime() - t0) / 1_000_000 >= 200, "waited before trying again");
        assertEquals(2, hits.get());
    }

    @Test
    void aRetryAfterLongerThanTheBackoffIsHonoured() throws IOException {
        URI uri = serve((n, ex) -> {
            if (n == 1) {
                ex.getResponseHeaders().add("Retry-After", "1");
                send(ex, 429, "");
            } else {
                send(ex, 200, EMPTY_RESULTS);
            }
        });
        long t0 = System.nanoTime();
        new WikidataClient(config(uri)).select("SELECT ?x {}");
        assertTrue((System.nanoTime() - t0) / 1_000_000 >= 1_000);
    }

    @Test
    void anEndpointThatStaysDownIsUnreachable() throws IOException {
        URI uri = serve((n, ex) -> send(ex, 503, ""));
        EndpointUnreachableException e = assertThrows(EndpointUnreachableException.class,
                () -> new WikidataClient(config(uri)).select("SELECT ?x {}"));
        assertTrue(e.getMessage().contains("HTTP 503"), e.getMessage());
        assertEquals(2, hits.get(), "one try and one retry");
    }

    @Test
    void aRefusedConnectionIsUnreachable() throws IOException {
        int port;
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = s.getLocalPort();
        }
        URI uri = URI.create("http://localhost:" + port + "/sparql");
        EndpointUnreachableException e = assertThrows(EndpointUnreachableException.class,
                () -> new WikidataClient(config(uri)).select("SELECT ?x {}"));
        assertTrue(e.getMessage().startsWith("cannot reach " + uri), e.getMessage());
        assertFalse(e.getMessage().contains("\n"), "one line");
    }

    @Test
    void aRejectedQueryIsNotRetriedAndIsNotCalledUnreachable() throws IOException {
        URI uri = serve((n, ex) -> send(ex, 400, "Parse error: something"));
        MissionKgException e = assertThrows(MissionKgException.class, () -> new WikidataClient(config(uri)).select("SELEC"));
        assertFalse(e instanceof EndpointUnreachableException);
        assertTrue(e.getMessage().contains("HTTP 400"), e.getMessage());
        assertEquals(1, hits.get());
    }

    @Test
    void requestsAreSpacedByTheRateLimit() throws IOException {
        URI uri = serve((n, ex) -> send(ex, 200, EMPTY_RESULTS));
        WikidataClient client = new WikidataClient(config(uri).withPacing(Duration.ofMillis(150), 0, Duration.ZERO));
        long t0 = System.nanoTime();
        for (int i = 0; i < 3; i++) {
            client.select("SELECT ?x {}");
        }
        assertTrue((System.nanoTime() - t0) / 1_000_000 >= 300, "three requests take at least two intervals");
    }

    @Test
    void whenTheEndpointFailsHalfWayTheLinkerChangesNothing() throws IOException {
        // The first question (which items have these names) is answered, the second (what are they) is not.
        String named = "{\"head\":{\"vars\":[\"item\",\"name\"]},\"results\":{\"bindings\":[{"
                + "\"item\":{\"type\":\"uri\",\"value\":\"http://www.wikidata.org/entity/Q9900000001\"},"
                + "\"name\":{\"type\":\"literal\",\"xml:lang\":\"en\",\"value\":\"Jennie Carignan\"}}]}}";
        URI uri = serve((n, ex) -> send(ex, n == 1 ? 200 : 503, n == 1 ? named : ""));
        try (KnowledgeStore store = WikidataFixture.store(dir.resolve("store"))) {
            List<String> before = WikidataFixture.quads(store);
            Linker linker = new Linker(store, null, new WikidataClient(config(uri)), WikidataFixture.CLOCK);
            assertThrows(EndpointUnreachableException.class, linker::run);
            assertEquals(3, hits.get(), "the names, then the details and one retry");
            assertEquals(before, WikidataFixture.quads(store));
        }
    }

    @Test
    void aSlowEndpointLeavesTheStoreAsItWas() throws IOException {
        URI uri = serve((n, ex) -> {
            Thread.sleep(5_000);
            send(ex, 200, EMPTY_RESULTS);
        });
        try (KnowledgeStore store = WikidataFixture.store(dir.resolve("store"))) {
            List<String> before = WikidataFixture.quads(store);
            WikidataClient client = new WikidataClient(config(uri).withTimeouts(Duration.ofSeconds(1), Duration.ofMillis(300)));
            var e = assertThrows(MissionKgException.class, () -> new Linker(store, null, client, WikidataFixture.CLOCK).run());
            assertInstanceOf(EndpointUnreachableException.class, e);
            assertEquals(before, WikidataFixture.quads(store));
        }
    }
}
