package org.missionkg.link;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.missionkg.cli.Main;
import org.missionkg.store.KnowledgeStore;
import org.missionkg.vocab.Iris;

/** {@code missionkg link} as a user runs it, against the fixture endpoint. */
class WikidataLinkCommandTest {
    @RegisterExtension
    static final WikidataFixture.Endpoint WIKIDATA = new WikidataFixture.Endpoint();

    @TempDir
    Path dir;
    private Path store;
    private Path classes;

    record Run(int exit, String out, String err) {
    }

    @BeforeEach
    void makeStore() throws IOException {
        store = dir.resolve("store");
        WikidataFixture.store(store).close();
        classes = dir.resolve("classes.tsv");
        Files.writeString(classes, """
                # the fixture's made-up classes
                kind\tqid\tlabel\tnote
                person\tQ9900000901\ttest human\t
                country\tQ9900000902\ttest country\t
                organization\tQ9900000903\ttest organisation\t
                place\tQ9900000904\ttest place\t
                mission\tQ9900000905\ttest military operation\t
                """);
    }

    private Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = Main.commandLine().setOut(new PrintWriter(out, true)).setErr(new PrintWriter(err, true)).execute(args);
        return new Run(exit, out.toString(), err.toString());
    }

    private Run link(String... more) {
        List<String> args = new java.util.ArrayList<>(List.of("link", "--store", store.toString(),
                "--endpoint", WIKIDATA.sparql().toString(), "--classes", classes.toString(),
                "--delay", "0", "--retries", "0", "--contact", "tests@example.org"));
        args.addAll(List.of(more));
        return run(args.toArray(String[]::new));
    }

    @Test
    void linksReviewsAndAccepts() {
        Run linked = link();
        assertEquals(0, linked.exit(), linked.err());
        assertTrue(linked.out().contains("linked     " + WikidataFixture.P + "jennie-carignan  \"Jennie Carignan\"  Q9900000001"),
                linked.out());
        assertTrue(linked.out().contains("undecided  " + WikidataFixture.P + "alex-morgan  \"Alex Morgan\"  (2 candidates)"),
                linked.out());
        assertTrue(linked.out().contains("10 unlinked entities looked up"), linked.out());

        Run review = run("link", "--store", store.toString(), "--review");
        assertEquals(0, review.exit(), review.err());
        assertTrue(review.out().contains(WikidataFixture.P + "alex-morgan  \"Alex Morgan\""), review.out());
        assertTrue(review.out().contains("Q9900000005   1.00  Alex Morgan — test footballer"), review.out());
        assertTrue(review.out().contains("Q9900000006   1.00  Alex Morgan — test politician"), review.out());
        assertTrue(review.out().contains("2 entities wait for review."), review.out());

        Run accepted = run("link", "--store", store.toString(), "--accept", "person/alex-morgan", "Q9900000006");
        assertEquals(0, accepted.exit(), accepted.err());
        assertTrue(accepted.out().contains("Linked " + WikidataFixture.P + "alex-morgan to Q9900000006 (reviewed)"), accepted.out());
        Run after = run("link", "--store", store.toString(), "--review");
        assertFalse(after.out().contains("alex-morgan"), after.out());
        assertTrue(after.out().contains("1 entity waits for review."), after.out());
    }

    @Test
    void anUnreachableEndpointGivesOneLineExitCodeSixAndChangesNothing() throws IOException {
        List<String> before;
        try (KnowledgeStore s = KnowledgeStore.open(store)) {
            before = WikidataFixture.quads(s);
        }
        int port;
        try (ServerSocket free = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = free.getLocalPort();
        }
        String dead = "http://localhost:" + port + "/sparql";
        Run r = run("link", "--store", store.toString(), "--endpoint", dead, "--classes", classes.toString(),
                "--delay", "0", "--retries", "0");
        assertEquals(6, r.exit());
        assertEquals(1, r.err().strip().lines().count(), r.err());
        assertTrue(r.err().startsWith("missionkg: cannot reach " + dead + ": "), r.err());
        assertTrue(r.err().contains("nothing was changed"), r.err());
        try (KnowledgeStore s = KnowledgeStore.open(store)) {
            assertEquals(before, WikidataFixture.quads(s));
        }
    }

    @Test
    void badRequestsGetClearErrors() {
        Run checked = run("link", "--store", store.toString(), "--accept", Iris.ID + "country/testland", "Q9900000102");
        assertEquals(3, checked.exit());
        assertTrue(checked.err().contains("checked links are never replaced"), checked.err());
        Run notQid = run("link", "--store", store.toString(), "--accept", "person/alex-morgan", "42");
        assertEquals(3, notQid.exit());
        Run both = run("link", "--store", store.toString(), "--review", "--accept", "person/alex-morgan", "Q9900000005");
        assertEquals(2, both.exit());
        Run empty = run("link", "--store", store.toString(), "--review");
        assertTrue(empty.out().contains("No candidates wait for review."), empty.out());
    }
}
