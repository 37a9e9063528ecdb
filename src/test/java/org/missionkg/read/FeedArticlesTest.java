package org.missionkg.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.missionkg.model.Article;
import org.missionkg.model.BadInputException;

/** RSS 2.0 and Atom feeds: one article an item that has text. */
class FeedArticlesTest {
    @TempDir
    Path dir;

    @Test
    void rssItemsWithContentOrDescription() throws IOException {
        Path p = dir.resolve("defence.rss");
        Files.writeString(p, """
                <?xml version="1.0" encoding="UTF-8"?>
                <rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/">
                <channel><title>Defence Daily</title>
                <item><title>Denmark takes over</title><link>https://d.example/nmi</link>
                  <pubDate>Tue, 24 Nov 2020 18:00:00 GMT</pubDate><dc:creator>Ann Writer</dc:creator>
                  <description>Short teaser.</description>
                  <content:encoded><![CDATA[<p>Denmark took command of NATO Mission Iraq.</p><p>Canada led it &amp; left.</p>]]></content:encoded>
                </item>
                <item><title>Teaser only</title><guid>urn:x:2</guid><description>&lt;p&gt;Troops arrive in Latvia.&lt;/p&gt;</description></item>
                <item><title>No text</title><link>https://d.example/empty</link></item>
                </channel></rss>
                """);
        List<Article> read = ArticleReader.create().read(p);
        assertEquals(2, read.size());
        Article a = read.get(0);
        assertEquals("Denmark took command of NATO Mission Iraq.\n\nCanada led it & left.", a.text());
        assertEquals("Denmark takes over", a.meta().title());
        assertEquals("https://d.example/nmi", a.meta().url());
        assertEquals("Defence Daily", a.meta().outlet());
        assertEquals("Ann Writer", a.meta().author());
        assertEquals("2020-11-24", a.meta().published().edtf());
        assertEquals(p + " [item 1]", a.source());
        assertEquals("Troops arrive in Latvia.", read.get(1).text());
        assertEquals(WarcArticles.idOf("urn:x:2"), read.get(1).id());
    }

    @Test
    void atomEntries() throws IOException {
        Path p = dir.resolve("feed.atom");
        Files.writeString(p, """
                <feed xmlns="http://www.w3.org/2005/Atom"><title>Mission News</title>
                <entry><title>Brigade grows</title><link rel="alternate" href="https://m.example/brigade"/>
                  <id>tag:m.example,2024:1</id><published>2024-07-01T09:00:00Z</published>
                  <author><name>B. Reporter</name></author>
                  <content type="html">&lt;p&gt;The brigade in Latvia now has 3,500 soldiers.&lt;/p&gt;</content></entry>
                </feed>
                """);
        Article a = ArticleReader.create().read(p).get(0);
        assertEquals("The brigade in Latvia now has 3,500 soldiers.", a.text());
        assertEquals("2024-07-01", a.meta().published().edtf());
        assertEquals("B. Reporter", a.meta().author());
        assertEquals("Mission News", a.meta().outlet());
        assertEquals("https://m.example/brigade", a.meta().url());
    }

    @Test
    void notAFeedOrAnEmptyOne() throws IOException {
        Path html = dir.resolve("page.xml");
        Files.writeString(html, "<html><body><p>hello</p></body></html>");
        assertEquals(html + ": is not an RSS or Atom feed (no <rss> or <feed> root element)",
                assertThrows(BadInputException.class, () -> ArticleReader.create().read(html)).getMessage());
        Path empty = dir.resolve("empty.rss");
        Files.writeString(empty, "<rss><channel><title>x</title></channel></rss>");
        assertEquals(empty + ": the feed has no items",
                assertThrows(BadInputException.class, () -> ArticleReader.create().read(empty)).getMessage());
    }
}
