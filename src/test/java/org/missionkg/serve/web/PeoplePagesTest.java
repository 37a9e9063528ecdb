package org.missionkg.serve.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.missionkg.serve.KgServer;

/** The pages' routes over HTTP, without a browser: shells, assets (YASGUI's among them), the canned queries. */
class PeoplePagesTest {
    static KgServer server;
    static final HttpClient HTTP = HttpClient.newHttpClient();

    @BeforeAll
    static void start() {
        server = KgServer.create().dataset(DatasetGraphFactory.createTxnMem()).port(0).build().start();
    }

    @AfterAll
    static void stop() {
        server.stop();
    }

    static HttpResponse<String> get(String path) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(server.url() + path)).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void everyPageIsAShellWithItsScript() throws Exception {
        for (String[] page : new String[][] {{"/missions/nato-mission-iraq", "timeline.js"}, {"/articles/000_x", "article.js"},
                {"/entities/person/jennie-carignan", "entity.js"}, {"/facts/consolidated/command/abc", "fact.js"},
                {"/editor", "yasgui.min.js"}}) {
            HttpResponse<String> r = get(page[0]);
            assertEquals(200, r.statusCode(), page[0]);
            assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("text/html"), page[0]);
            assertTrue(r.body().contains(page[1]), page[0]);
        }
    }

    @Test
    void assetsComeFromTheJarAndNothingElse() throws Exception {
        HttpResponse<String> yasgui = get("/web/yasgui/yasgui.min.js");
        assertEquals(200, yasgui.statusCode());
        assertTrue(yasgui.headers().firstValue("Content-Type").orElse("").startsWith("text/javascript"));
        assertEquals(200, get("/web/kg.css").statusCode());
        assertTrue(get("/web/..%2Flog4j2.xml").statusCode() >= 400, "a path out of /web/ is refused");
        assertEquals(404, get("/web/log4j2.xml").statusCode());
        assertEquals(404, get("/web/no-such.js").statusCode());
    }

    @Test
    void cannedQueriesAreListedForTheEditor() throws Exception {
        HttpResponse<String> r = get("/queries");
        assertEquals(200, r.statusCode());
        JsonArray all = JSON.parseAny(r.body()).getAsArray();
        assertTrue(all.stream().anyMatch(q -> q.getAsObject().getString("name").equals("who-commanded-when")
                && q.getAsObject().getString("text").contains("mkg:ConsolidatedFact")), r.body());
    }
}
