package org.missionkg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 14, items 5, 6, 7 (dates), 8 and 9 through the CLI: one line per problem, the right exit code, no hang. */
class HostileInputTest {
    static final Duration QUICK = Duration.ofSeconds(30);

    @TempDir
    Path dir;

    private String store() {
        return dir.resolve("store").toString();
    }

    @Test
    void devZeroIsRefusedUnread() {
        assumeTrue(Files.exists(Path.of("/dev/zero")));
        CliRun r = assertTimeoutPreemptively(QUICK, () -> CliRun.run("ingest", "--no-extract", "--store", store(), "/dev/zero"));
        assertEquals(ExitCodes.BAD_INPUT, r.exit(), r::toString);
        assertTrue(r.err().contains("skipped: /dev/zero: is not a regular file (a device, FIFO or socket)"), r::toString);
        assertTrue(r.errLines().stream().noneMatch(l -> l.startsWith("\tat ")), r::toString);
    }

    @Test
    void aFifoNamedLikeAnArticleDoesNotHang() throws Exception {
        Path fifo = dir.resolve("x.txt");
        Process mk = new ProcessBuilder("mkfifo", fifo.toString()).start();
        assumeTrue(mk.waitFor() == 0, "mkfifo is not available");
        CliRun r = assertTimeoutPreemptively(QUICK, () -> CliRun.run("ingest", "--no-extract", "--store", store(), fifo.toString()));
        assertEquals(ExitCodes.BAD_INPUT, r.exit(), r::toString);
        assertTrue(r.err().contains(fifo + ": is not a regular file"), r::toString);
    }

    @Test
    void oneBadJsonLineSkipsThatLineOnly() throws IOException {
        Path f = Files.writeString(dir.resolve("batch.jsonl"), """
                {"id": "one", "text": "NATO Mission Iraq began in 2018."}
                {"id": "two", "text": "cut off
                {"id": "three", "published": "2020-11-23", "text": "Denmark took over the command."}
                """);
        CliRun r = CliRun.run("ingest", "--no-extract", "--store", store(), f.toString());
        assertEquals(ExitCodes.BAD_INPUT, r.exit(), r::toString);
        assertTrue(r.out().startsWith("articles read: 2, stored: 2, unchanged: 0, skipped: 1;"), r::toString);
        List<String> skipped = r.errLines().stream().filter(l -> l.startsWith("skipped:")).toList();
        assertEquals(1, skipped.size(), r::toString);
        assertTrue(skipped.get(0).startsWith("skipped: " + f + " [line 2]: not a JSON object"), r::toString);
    }

    @Test
    void aPublicationDateAfterTomorrowIsRefused() throws IOException {
        Path f = Files.writeString(dir.resolve("future.txt"), "---\npublished: 2099-01-01\n---\nNATO Mission Iraq began.\n");
        LocalDate tomorrow = LocalDate.now(ZoneOffset.UTC).plusDays(1);
        Path ok = Files.writeString(dir.resolve("tomorrow.txt"), "---\npublished: " + tomorrow + "\n---\nNATO Mission Iraq began.\n");
        CliRun r = CliRun.run("ingest", "--no-extract", "--store", store(), f.toString(), ok.toString());
        assertEquals(ExitCodes.BAD_INPUT, r.exit(), r::toString);
        assertTrue(r.err().contains("skipped: " + f + ": 'published' is 2099-01-01, after tomorrow"), r::toString);
        assertTrue(r.out().contains("stored: 1,"), r::toString);
    }

    @Test
    void anEmptyFolderIsSaid() throws IOException {
        Path empty = Files.createDirectories(dir.resolve("empty"));
        CliRun r = CliRun.run("ingest", "--no-extract", "--store", store(), empty.toString());
        assertEquals(ExitCodes.BAD_INPUT, r.exit(), r::toString);
        assertTrue(r.err().contains("skipped: " + empty + ": no article files in this folder (*.txt, *.md, *.jsonl, *.html,"), r::toString);
    }

    @Test
    void aSymlinkLoopIsCalledOne() throws IOException {
        Path a = dir.resolve("a.txt");
        Path b = dir.resolve("b.txt");
        Files.createSymbolicLink(a, b);
        Files.createSymbolicLink(b, a);
        CliRun r = CliRun.run("ingest", "--no-extract", "--store", store(), a.toString());
        assertEquals(ExitCodes.BAD_INPUT, r.exit(), r::toString);
        assertTrue(r.err().contains("skipped: " + a + ": symbolic link loop"), r::toString);
    }

    @Test
    void anUnreadableFileSaysPermissionDenied() throws IOException {
        Path f = Files.writeString(dir.resolve("secret.txt"), "NATO Mission Iraq began in 2018.\n");
        assumeTrue(f.toFile().setReadable(false, false) && !Files.isReadable(f), "running as root: every file is readable");
        CliRun r = CliRun.run("ingest", "--no-extract", "--store", store(), f.toString());
        assertEquals(ExitCodes.BAD_INPUT, r.exit(), r::toString);
        assertTrue(r.err().contains("skipped: " + f + ": permission denied"), r::toString);
    }

    @Test
    void badFilesFailFastWithoutLoadingTheModels() throws IOException {
        Path bad = Files.createDirectories(dir.resolve("bad"));
        Files.writeString(bad.resolve("empty.txt"), "");
        Files.writeString(bad.resolve("broken.md"), "---\ntitle: x\nNATO Mission Iraq.\n");
        // no --no-extract: a real ingest, which would load CoreNLP (20-40 s) before reading anything
        CliRun r = assertTimeoutPreemptively(Duration.ofSeconds(15), () -> CliRun.run("ingest", "--store", store(), bad.toString()));
        assertEquals(ExitCodes.BAD_INPUT, r.exit(), r::toString);
        assertTrue(!r.err().contains("Loading the NLP models"), r::toString);
        assertEquals(2, r.errLines().stream().filter(l -> l.startsWith("skipped:")).count(), r::toString);
    }

    @Test
    void aPortInUseIsOneLine() throws IOException {
        CliRun.run("ingest", "--no-extract", "--store", store(), "data/articles/000_a29c890775fe9923.txt");
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            CliRun r = assertTimeoutPreemptively(QUICK, () -> CliRun.run("serve", "--store", store(), "--port",
                    Integer.toString(taken.getLocalPort())));
            assertEquals(ExitCodes.BAD_INPUT, r.exit(), r::toString);
            assertTrue(r.errLines().contains("missionkg: --port " + taken.getLocalPort() + ": the port is in use (another server "
                    + "is listening there): choose another with --port, or 0 for a free one"), r::toString);
            assertTrue(r.errLines().stream().noneMatch(l -> l.contains("Exception")), r::toString);
        }
    }
}
