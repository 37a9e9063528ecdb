package org.missionkg.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.missionkg.model.Article;
import org.missionkg.model.BadInputException;
import org.netpreserve.jwarc.HttpRequest;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcRequest;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;

/** WARC and WARC.gz files written here with jwarc: HTML responses only, target URI and date kept. */
class WarcArticlesTest {
    static final String NMI = "https://news.example.org/world/denmark-takes-over-nmi.html";
    static final Instant CRAWLED = Instant.parse("2020-11-26T03:04:05Z");

    @TempDir
    Path dir;

    /** A crawl: a request, the story, a page without a date, a PNG, a 404, a redirect and the story again, changed. */
    Path crawl(String name, WarcCompression compression) throws IOException {
        Path p = dir.resolve(name);
        try (FileChannel ch = FileChannel.open(p, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
             WarcWriter w = new WarcWriter(ch, compression)) {
            w.write(new WarcRequest.Builder(URI.create(NMI)).date(CRAWLED)
                    .body(new HttpRequest.Builder("GET", "/world/denmark-takes-over-nmi.html").build()).build());
            w.write(response(NMI, 200, MediaType.HTML_UTF8,
                    HtmlArticlesTest.newsPage("An early version of the story, later replaced.", HtmlArticlesTest.SECOND)));
            w.write(response("https://news.example.org/no-date", 200, MediaType.parse("text/html; charset=ISO-8859-1"),
                    "<html><body><article><p>Café owners in Brussels say trade is slow this winter, with fewer "
                            + "tourists than last year.</p></article></body></html>"));
            w.write(response("https://news.example.org/logo.png", 200, MediaType.parse("image/png"), "PNG..."));
            w.write(response("https://news.example.org/gone", 404, MediaType.HTML_UTF8,
                    "<html><body><p>Not found, sorry, this page is not here any more.</p></body></html>"));
            w.write(response("https://news.example.org/moved", 301, MediaType.HTML_UTF8,
                    "<html><body><p>Moved permanently to another address, follow the link.</p></body></html>"));
            w.write(response(NMI, 200, MediaType.HTML_UTF8,
                    HtmlArticlesTest.newsPage(HtmlArticlesTest.FIRST, HtmlArticlesTest.SECOND)));
        }
        return p;
    }

    static WarcResponse response(String uri, int status, MediaType type, String html) throws IOException {
        byte[] body = html.getBytes(type.parameters().getOrDefault("charset", "UTF-8").equals("ISO-8859-1")
                ? StandardCharsets.ISO_8859_1 : StandardCharsets.UTF_8);
        HttpResponse http = new HttpResponse.Builder(status, status == 200 ? "OK" : "Other").body(type, body).build();
        return new WarcResponse.Builder(URI.create(uri)).date(CRAWLED).body(http).build();
    }

    @Test
    void htmlResponsesBecomeArticlesWithTheirUriAndCrawlDate() throws IOException {
        for (WarcCompression c : List.of(WarcCompression.NONE, WarcCompression.GZIP)) {
            Path p = crawl(c == WarcCompression.NONE ? "crawl.warc" : "crawl.warc.gz", c);
            List<Article> read = ArticleReader.create().read(p);
            assertEquals(2, read.size(), read::toString);
            Article nmi = read.get(0);
            assertEquals("news-example-org-world-denmark-takes-over-nmi-" + ArticleReader.sha256(NMI).substring(0, 8), nmi.id());
            assertEquals(p + " [" + NMI + "]", nmi.source());
            assertTrue(nmi.text().contains(HtmlArticlesTest.FIRST), "the last capture of a URI wins: " + nmi.text());
            assertEquals(NMI, nmi.meta().url());
            assertEquals("https://news.example.org/world/denmark-takes-over-nmi", nmi.meta().extra().get("canonical-url"));
            assertEquals("2020-11-26T03:04:05Z", nmi.meta().extra().get("crawled"));
            assertEquals("2020-11-24", nmi.meta().published().edtf());

            Article cafe = read.get(1);
            assertTrue(cafe.text().startsWith("Café owners"), "charset from the HTTP header: " + cafe.text());
            assertEquals("2020-11-26", cafe.meta().published().edtf(), "no date on the page: the crawl date stands in");
            assertTrue(cafe.meta().extra().get("published-from").contains("crawled"));
        }
    }

    @Test
    void aTruncatedGzipIsOneLineNamingTheFile() throws IOException {
        Path whole = crawl("whole.warc.gz", WarcCompression.GZIP);
        byte[] bytes = Files.readAllBytes(whole);
        Path cut = dir.resolve("cut.warc.gz");
        Files.write(cut, Arrays.copyOf(bytes, bytes.length - 200));
        BadInputException e = assertThrows(BadInputException.class, () -> ArticleReader.create().read(cut));
        assertTrue(e.getMessage().startsWith(cut + ": is cut off or corrupt after "), e.getMessage());
        assertEquals(1, e.getMessage().lines().count());
    }

    @Test
    void aWarcWithNoHtmlResponsesOrNoWarcAtAll() throws IOException {
        Path images = dir.resolve("images.warc");
        try (FileChannel ch = FileChannel.open(images, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
             WarcWriter w = new WarcWriter(ch, WarcCompression.NONE)) {
            w.write(response("https://news.example.org/logo.png", 200, MediaType.parse("image/png"), "PNG..."));
        }
        assertEquals(images + ": holds no HTML response with article text (1 record(s) read)",
                assertThrows(BadInputException.class, () -> ArticleReader.create().read(images)).getMessage());

        Path text = dir.resolve("notes.warc");
        Files.writeString(text, "These are my notes, not a WARC file at all.\n");
        BadInputException e = assertThrows(BadInputException.class, () -> ArticleReader.create().read(text));
        assertTrue(e.getMessage().startsWith(text + ": is not a WARC file"), e.getMessage());

        Path empty = dir.resolve("empty.warc.gz");
        Files.write(empty, new byte[0]);
        assertTrue(assertThrows(BadInputException.class, () -> ArticleReader.create().read(empty)).getMessage()
                .startsWith(empty + ": "));
    }
}
