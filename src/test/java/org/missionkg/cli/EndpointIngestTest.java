package org.missionkg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.jena.atlas.web.AuthScheme;
import org.apache.jena.fuseki.auth.Auth;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.missionkg.bench.SyntheticCorpus;
import org.missionkg.model.BadInputException;
import org.missionkg.store.GraphEndpoint;
import org.missionkg.store.KnowledgeStore;
import org.missionkg.vocab.Iris;

/**
 * {@code ingest --to-endpoint}: a second, real Fuseki on a loopback port that requires HTTP basic
 * authentication (a password file, one user allowed) is the remote store.
 */
class EndpointIngestTest {
    static final SyntheticCorpus CORPUS = SyntheticCorpus.create(23);

    @TempDir
    static Path tmp;
    static FusekiServer remote;
    static DatasetGraph remoteData;
    static String url;
    static Path good;
    static Path wrong;

    @BeforeAll
    static void startRemote() throws IOException {
        Path passwords = tmp.resolve("passwd");
        // Jetty's realm file format: user: password
        Files.writeString(passwords, "writer: s3cret-pw\nreader: other-pw\n");
        remoteData = DatasetGraphFactory.createTxnMem();
        remote = FusekiServer.create().port(0).loopback(true)
                .passwordFile(passwords.toString()).auth(AuthScheme.BASIC)
                .serverAuthPolicy(Auth.policyAllowSpecific("writer"))
                .add("/remote", remoteData, true)
                .build().start();
        url = "http://localhost:" + remote.getHttpPort() + "/remote/data";
        good = tmp.resolve("good.credentials");
        Files.writeString(good, "# for the test Fuseki\nuser=writer\npassword=s3cret-pw\n");
        wrong = tmp.resolve("wrong.credentials");
        Files.writeString(wrong, "user=writer\npassword=not-it\n");
    }

    @AfterAll
    static void stopRemote() {
        remote.stop();
    }

    @BeforeEach
    void emptyRemote() {
        Txn.executeWrite(remoteData, remoteData::clear);
    }

    @Test
    void wrongPasswordOrNoneIsAClearErrorAndWritesNothing() throws IOException {
        Path dir = tmp.resolve("wrong-pw");
        CORPUS.writeNQuads(dir, 5, 1);
        CliRun r = CliRun.run("ingest", "--quads", dir.toString(), "--to-endpoint", url, "--endpoint-credentials", wrong.toString());
        assertEquals(6, r.exit(), r.toString());
        assertTrue(r.err().contains("refused the credentials (HTTP 401)") && r.err().contains(url), r.err());
        assertFalse(r.err().contains("not-it"), "the password must not be printed: " + r.err());
        assertEquals(0, remoteGraphs().size());

        Path store = tmp.resolve("wrong-pw-store");
        CliRun normal = CliRun.run("ingest", "--store", store.toString(), "--no-extract", "data/articles",
                "--to-endpoint", url, "--endpoint-credentials", wrong.toString());
        assertEquals(6, normal.exit(), normal.toString());
        assertEquals(0, remoteGraphs().size());
        assertFalse(KnowledgeStore.exists(store) && articleCount(store) > 0, "nothing stored locally either");
    }

    @Test
    void anInterruptedRunResumesWithoutDuplicates() throws IOException {
        // The first run "stops" after 8 articles: it was given only them.
        Path part = tmp.resolve("part");
        Path all = tmp.resolve("all");
        CORPUS.writeNQuads(part, 8, 1);
        CORPUS.writeNQuads(all, 20, 2);
        CliRun first = CliRun.run("ingest", "--quads", part.toString(), "--to-endpoint", url, "--endpoint-credentials", good.toString());
        assertEquals(0, first.exit(), first.toString());
        assertTrue(first.out().contains("written to the endpoint: 8, already there: 0"), first.out());

        CliRun resumed = CliRun.run("ingest", "--quads", all.toString(), "--to-endpoint", url, "--endpoint-credentials", good.toString());
        assertEquals(0, resumed.exit(), resumed.toString());
        assertTrue(resumed.out().contains("article graphs: 20, written to the endpoint: 12, already there: 8"), resumed.out());
        List<Node> graphs = remoteGraphs();
        assertEquals(20, graphs.size());
        long expected = 0;
        for (int i = 0; i < 20; i++) {
            expected += CORPUS.graph(CORPUS.item(i)).size();
        }
        long quads = Txn.calculateRead(remoteData, () -> {
            long n = 0;
            for (var it = remoteData.find(); it.hasNext(); it.next()) {
                n++;
            }
            return n;
        });
        assertEquals(expected, quads, "every graph once, whole");
        Node g3 = NodeFactory.createURI(Iris.articleGraph(CORPUS.item(3).article().id()));
        assertTrue(remoteGraph(g3).isIsomorphicWith(CORPUS.graph(CORPUS.item(3)).getGraph()));
    }

    @Test
    void theNormalIngestWritesEachStoredArticleToTheEndpointToo() {
        Path store = tmp.resolve("normal-store");
        CliRun r = CliRun.run("ingest", "--store", store.toString(), "--no-extract", "data/articles",
                "--to-endpoint", url, "--endpoint-credentials", good.toString());
        assertEquals(0, r.exit(), r.toString());
        List<Node> graphs = remoteGraphs();
        assertEquals(5, graphs.size());
        try (KnowledgeStore s = KnowledgeStore.open(store)) {
            for (Node g : graphs) {
                Graph local = s.read(dsg -> copy(dsg.getGraph(g)));
                assertEquals(local.size(), remoteGraph(g).size(), g.getURI());
            }
        }
        CliRun again = CliRun.run("ingest", "--store", store.toString(), "--no-extract", "data/articles",
                "--to-endpoint", url, "--endpoint-credentials", good.toString());
        assertEquals(0, again.exit(), again.toString());
        assertEquals(5, remoteGraphs().size());
    }

    @Test
    void credentialsComeFromTheEnvironmentOrAFileNeverHalf() {
        GraphEndpoint.Credentials c = GraphEndpoint.Credentials.from(
                Map.of(GraphEndpoint.USER_ENV, "writer", GraphEndpoint.PASSWORD_ENV, "s3cret-pw"), null);
        assertEquals("writer", c.user());
        assertFalse(c.toString().contains("s3cret"));
        GraphEndpoint.connect(url, c); // accepted by the real server
        assertEquals(GraphEndpoint.Credentials.NONE, GraphEndpoint.Credentials.from(Map.of(), null));
        assertThrows(BadInputException.class, () -> GraphEndpoint.Credentials.from(Map.of(GraphEndpoint.USER_ENV, "writer"), null));
        CliRun none = CliRun.run("ingest", "--quads", tmp.toString(), "--to-endpoint", url);
        assertEquals(6, none.exit(), none.toString());
        assertTrue(none.err().contains("asks for credentials (HTTP 401)"), none.err());
        Path readerFile = tmp.resolve("reader.credentials");
        try {
            Files.writeString(readerFile, "user=reader\npassword=other-pw\n");
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        CliRun reader = CliRun.run("ingest", "--quads", tmp.toString(), "--to-endpoint", url, "--endpoint-credentials", readerFile.toString());
        assertEquals(6, reader.exit(), reader.toString());
        assertTrue(reader.err().contains("HTTP 403"), reader.err());
    }

    private static List<Node> remoteGraphs() {
        return Txn.calculateRead(remoteData, () -> {
            List<Node> out = new ArrayList<>();
            remoteData.listGraphNodes().forEachRemaining(out::add);
            return out;
        });
    }

    private static Graph remoteGraph(Node g) {
        return Txn.calculateRead(remoteData, () -> copy(remoteData.getGraph(g)));
    }

    private static Graph copy(Graph g) {
        Graph out = GraphFactory.createDefaultGraph();
        g.find().forEachRemaining(out::add);
        return out;
    }

    private static int articleCount(Path store) {
        try (KnowledgeStore s = KnowledgeStore.open(store)) {
            return s.articleGraphs().size();
        }
    }
}
