package org.missionkg.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.missionkg.cli.CliRun;
import org.netpreserve.jwarc.WarcCompression;

/** `missionkg ingest` on a folder of web formats: good pages stored, each bad file one line, exit 3. */
class WebFormatsCliTest {
    @TempDir
    Path dir;

    @Test
    void ingestAFolderOfPagesCrawlsAndFeeds() throws IOException {
        Path in = Files.createDirectories(dir.resolve("in"));
        Files.writeString(in.resolve("page.html"), HtmlArticlesTest.newsPage(HtmlArticlesTest.FIRST, HtmlArticlesTest.SECOND));
        WarcArticlesTest crawl = new WarcArticlesTest();
        crawl.dir = in;
        crawl.crawl("crawl.warc.gz", WarcCompression.GZIP);
        Files.writeString(in.resolve("broken.rss"), "<html><p>not a feed</p></html>");
        Files.writeString(in.resolve("nothing.html"), "<html><body><nav>menu</nav></body></html>");

        CliRun run = CliRun.run("ingest", "--store", dir.resolve("store").toString(), "--no-extract", in.toString());
        assertEquals(3, run.exit(), run::toString);
        assertTrue(run.out().startsWith("articles read: 3, stored: 3,"), run::toString);
        List<String> skipped = run.errLines().stream().filter(l -> l.startsWith("skipped: ")).toList();
        assertEquals(List.of(
                "skipped: " + in.resolve("broken.rss") + ": is not an RSS or Atom feed (no <rss> or <feed> root element)",
                "skipped: " + in.resolve("nothing.html") + ": no article text found in the HTML page"), skipped, run::toString);
    }
}
