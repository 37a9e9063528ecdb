package org.missionkg.read;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.jsoup.select.Elements;
import org.missionkg.model.Article;
import org.missionkg.model.BadInputException;

/**
 * The items of an RSS 2.0 or Atom feed as articles: an item's text is its full content
 * ({@code content:encoded}, Atom {@code content}) or else its description or summary, HTML
 * read as {@link MainText} reads a page; its title, link, author and date become metadata and the
 * feed's own title the outlet. Items with no text are passed over; ids come from each item's
 * link (or guid) as for WARC pages, so an item seen in two feeds is one article.
 */
final class FeedArticles {
    private FeedArticles() {
    }

    static List<Article> parse(byte[] xml, String source, ArticleReader.Builder builder) {
        Document doc;
        try {
            // the charset comes from a byte-order mark or the XML declaration, else UTF-8
            doc = Jsoup.parse(new ByteArrayInputStream(xml), null, "", Parser.xmlParser());
        } catch (IOException e) {
            throw new BadInputException(source, "cannot be read: " + e.getMessage(), e);
        }
        Element root = doc.children().isEmpty() ? null : doc.child(0);
        if (root == null || !(root.tagName().equalsIgnoreCase("rss") || root.tagName().equalsIgnoreCase("feed")
                || root.tagName().equalsIgnoreCase("rdf:RDF"))) {
            throw new BadInputException(source, "is not an RSS or Atom feed (no <rss> or <feed> root element)");
        }
        boolean atom = root.tagName().equalsIgnoreCase("feed");
        String outlet = text(atom ? root.selectFirst("> title") : root.selectFirst("channel > title"));
        Elements items = atom ? root.select("> entry") : root.select("item");
        Map<String, Article> byId = new LinkedHashMap<>();
        int n = 0;
        for (Element item : items) {
            n++;
            Map<String, Object> keys = new LinkedHashMap<>();
            String link = atom ? atomLink(item) : text(item.selectFirst("> link"));
            String guid = text(item.selectFirst(atom ? "> id" : "> guid"));
            String html = firstText(item, atom ? List.of("content", "summary") : List.of("content|encoded", "description"));
            if (html == null) {
                continue;
            }
            String body = MainText.of(Jsoup.parseBodyFragment(html, link == null ? "" : link));
            if (body.isBlank()) {
                continue;
            }
            put(keys, "title", text(item.selectFirst("> title")));
            put(keys, "url", link);
            put(keys, "outlet", outlet);
            put(keys, "author", atom ? text(item.selectFirst("> author > name"))
                    : firstText(item, List.of("dc|creator", "author")));
            put(keys, "published", atom ? HtmlArticles.day(firstText(item, List.of("published", "updated")))
                    : rfc822Day(firstText(item, List.of("pubDate", "dc|date"))));
            String key = link != null ? link : guid != null ? guid : ArticleReader.idOf(Path.of(source)) + "#" + n;
            String where = source + " [item " + n + "]";
            byId.put(key, builder.build(WarcArticles.idOf(key), where, body, FrontMatter.toMeta(keys, where)));
        }
        if (byId.isEmpty()) {
            throw new BadInputException(source, items.isEmpty() ? "the feed has no items"
                    : "none of the feed's " + items.size() + " item(s) has any text");
        }
        return List.copyOf(byId.values());
    }

    private static String atomLink(Element entry) {
        for (Element l : entry.select("> link[href]")) {
            if (l.attr("rel").isEmpty() || l.attr("rel").equals("alternate")) {
                return l.attr("href").strip();
            }
        }
        return null;
    }

    /** RSS dates are RFC 822 ("Tue, 24 Nov 2020 10:00:00 GMT"); some feeds write ISO dates instead. */
    static String rfc822Day(String value) {
        if (value == null) {
            return null;
        }
        try {
            return ZonedDateTime.parse(value.strip(), DateTimeFormatter.RFC_1123_DATE_TIME).toLocalDate().toString();
        } catch (DateTimeParseException e) {
            return HtmlArticles.day(value);
        }
    }

    private static String firstText(Element item, List<String> tags) {
        for (String t : tags) {
            String s = text(item.selectFirst("> " + t));
            if (s != null) {
                return s;
            }
        }
        return null;
    }

    /** An element's text as written (entities decoded, CDATA unwrapped), or null when blank. */
    private static String text(Element e) {
        if (e == null) {
            return null;
        }
        String s = e.wholeText().strip();
        return s.isEmpty() ? null : s;
    }

    private static void put(Map<String, Object> keys, String key, String value) {
        if (value != null && !value.isBlank()) {
            keys.putIfAbsent(key, value.strip());
        }
    }
}
