package org.missionkg.link;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.io.TempDir;
import org.missionkg.cli.Main;

/** Issue 14, item 8: an endpoint that answers, but not as a SPARQL endpoint, is exit 6 and one line. */
class EndpointAnswersTest {
    @TempDir
    Path dir;

    @ParameterizedTest
    @CsvSource({"200, text/html, <html><body>Welcome</body></html>", "405, text/plain, Method Not Allowed",
            "200, application/sparql-results+json, {not json"})
    void anEndpointThatIsNotOneIsExitSix(int status, String type, String body) throws Exception {
        WikidataFixture.store(dir.resolve("store")).close();
        HttpServer http = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        http.createContext("/sparql", ex -> {
            byte[] b = body.getBytes(StandardCharsets.UTF_8);
            ex.getResponseHeaders().add("Content-Type", type);
            ex.sendResponseHeaders(status, b.length);
            ex.getResponseBody().write(b);
            ex.close();
        });
        http.start();
        PrintStream savedErr = System.err;
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit;
        try {
            System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
            exit = Main.run("link", "--store", dir.resolve("store").toString(), "--endpoint",
                    "http://localhost:" + http.getAddress().getPort() + "/sparql", "--delay", "0", "--retries", "0");
        } finally {
            System.setErr(savedErr);
            http.stop(0);
        }
        String e = err.toString(StandardCharsets.UTF_8);
        assertEquals(6, exit, e);
        assertEquals(1, e.strip().lines().count(), e);
        assertTrue(e.startsWith("missionkg: cannot reach http://localhost:"), e);
        assertTrue(e.contains("nothing was changed"), e);
    }
}
