package org.missionkg.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.missionkg.model.Article;
import org.missionkg.model.BadInputException;

/** Saved HTML pages: the story without the page around it, and the page's metadata. */
class HtmlArticlesTest {
    static final String FIRST = "Lieutenant General Per Pugholm Olsen of Denmark took command of NATO Mission Iraq "
            + "from Major General Jennie Carignan of Canada on 24 November 2020.";
    static final String SECOND = "The ceremony, held in Baghdad, marked the end of Canada's leadership of the mission, "
            + "which it had led since its launch in 2018.";

    /** A news page as sites make them: menus, share bars, a related-links box, a footer, JSON-LD and og: tags. */
    static String newsPage(String first, String second) {
        return """
                <!DOCTYPE html>
                <html lang="en-GB"><head><meta charset="utf-8">
                <title>Denmark takes over NATO Mission Iraq | Example News</title>
                <meta property="og:title" content="Denmark takes over NATO Mission Iraq">
                <meta property="og:site_name" content="Example News">
                <meta property="article:published_time" content="2020-11-25T08:30:00+00:00">
                <link rel="canonical" href="https://news.example.org/world/denmark-takes-over-nmi">
                <script type="application/ld+json">
                {"@context":"https://schema.org","@graph":[{"@type":"WebSite","name":"Example News"},
                 {"@type":"NewsArticle","headline":"Denmark takes command of NATO's Iraq mission",
                  "datePublished":"2020-11-24T18:00:00Z","author":[{"@type":"Person","name":"Ann Writer"}],
                  "publisher":{"@type":"Organization","name":"Example News Service"}}]}
                </script>
                <script>var tracking = "Operation Tracking Mission in Analytics";</script>
                </head><body>
                <header><nav><ul><li><a href="/">Home</a></li><li><a href="/world">World</a></li></ul></nav></header>
                <div class="share-bar"><a href="#">Share on social media, with a comma, or two, and more words</a></div>
                <article>
                  <h1>Denmark takes command</h1>
                  <p class="byline">By Ann Writer</p>
                  <div class="article-body">
                    <p>%s</p>
                    <figure><img src="x.jpg"><figcaption>Photo: the change of command ceremony</figcaption></figure>
                    <p>%s</p>
                    <div class="related-links"><p><a href="/a">Related: Canada in Iraq, a timeline of the mission</a></p></div>
                  </div>
                </article>
                <aside><p>Most read: Weather turns cold across the region, forecasters say.</p></aside>
                <footer><p>Copyright Example News, all rights reserved, 2020.</p></footer>
                </body></html>
                """.formatted(first, second);
    }

    @TempDir
    Path dir;

    Path write(String name, String content) throws IOException {
        Path p = dir.resolve(name);
        Files.writeString(p, content, StandardCharsets.UTF_8);
        return p;
    }

    @Test
    void storyWithoutTheFurnitureAndMetadataFromJsonLdFirst() throws IOException {
        Path p = write("nmi-handover.html", newsPage(FIRST, SECOND));
        List<Article> read = ArticleReader.create().read(p);
        assertEquals(1, read.size());
        Article a = read.get(0);
        assertEquals("nmi-handover", a.id());
        assertEquals(p.toString(), a.source());
        assertTrue(a.text().startsWith("By Ann Writer\n\n" + FIRST + "\n\n" + SECOND), a.text());
        for (String noise : List.of("Home", "Share on", "Related", "Most read", "Copyright", "Photo:", "Tracking")) {
            assertFalse(a.text().contains(noise), noise + " in " + a.text());
        }
        assertEquals("Denmark takes command of NATO's Iraq mission", a.meta().title());
        assertEquals("2020-11-24", a.meta().published().edtf());
        assertEquals("Ann Writer", a.meta().author());
        assertEquals("Example News Service", a.meta().outlet());
        assertEquals("https://news.example.org/world/denmark-takes-over-nmi", a.meta().url());
        assertEquals("en", a.meta().language());
        int at = a.text().indexOf("Per Pugholm Olsen");
        assertEquals("Per Pugholm Olsen", a.text().substring(at, at + 17), "offsets point into the text as read");
    }

    @Test
    void metaTagsWhenThereIsNoJsonLd() throws IOException {
        String page = newsPage(FIRST, SECOND).replaceAll("(?s)<script type=\"application/ld\\+json\">.*?</script>", "");
        Article a = ArticleReader.create().read(write("p.htm", page)).get(0);
        assertEquals("Denmark takes over NATO Mission Iraq", a.meta().title());
        assertEquals("2020-11-25", a.meta().published().edtf());
        assertEquals("Example News", a.meta().outlet());
        assertNull(a.meta().author());
    }

    @Test
    void pageWithoutArticleElementIsScoredByItsParagraphs() throws IOException {
        String page = "<html><head><title>T</title></head><body>"
                + "<div id=menu><a href=/>Home</a> <a href=/x>Sport, weather, business, more</a></div>"
                + "<div class=main><div class=col><p>" + FIRST + "</p><p>" + SECOND + "</p></div></div>"
                + "<div class=col2><p>Short.</p><ul><li><a href=/1>Link one to elsewhere</a></li></ul></div>"
                + "</body></html>";
        Article a = ArticleReader.create().read(write("plain.html", page)).get(0);
        assertEquals(FIRST + "\n\n" + SECOND, a.text());
        assertEquals("T", a.meta().title());
    }

    @Test
    void brokenHtmlStillGivesWhatItHolds() throws IOException {
        String cut = "<html><body><article><p>" + FIRST + "<p>" + SECOND + "<div><p>The rest was lo";
        Article a = ArticleReader.create().read(write("cut.html", cut)).get(0);
        assertTrue(a.text().startsWith(FIRST + "\n\n" + SECOND), a.text());
    }

    @Test
    void aPageWithNoTextIsOneLineNamingTheFile() throws IOException {
        Path p = write("empty-page.html", "<html><head><script>var a = 1;</script></head><body><nav>Home</nav></body></html>");
        BadInputException e = assertThrows(BadInputException.class, () -> ArticleReader.create().read(p));
        assertEquals(p + ": no article text found in the HTML page", e.getMessage());
        Path empty = write("zero.html", "");
        assertEquals(empty + ": empty file",
                assertThrows(BadInputException.class, () -> ArticleReader.create().read(empty)).getMessage());
    }

    @Test
    void foldersListHtmlWarcAndFeedsButNotXml() throws IOException {
        for (String n : List.of("a.html", "b.htm", "c.warc", "d.warc.gz", "e.rss", "f.atom", "g.xml", "h.png")) {
            write(n, "x");
        }
        List<String> names = ArticleSources.expand(List.of(dir)).files().stream()
                .map(f -> f.getFileName().toString()).toList();
        assertEquals(List.of("a.html", "b.htm", "c.warc", "d.warc.gz", "e.rss", "f.atom"), names);
    }
}
