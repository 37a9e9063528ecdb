package org.missionkg.read;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonValue;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.missionkg.model.Article;
import org.missionkg.model.BadInputException;

/**
 * A saved HTML page (or the HTML of a WARC response) as an article: the page's main text, one
 * paragraph a block separated by blank lines like the text articles, and its metadata from
 * JSON-LD ({@code NewsArticle} and kin), {@code og:}/{@code article:} meta tags, plain meta
 * tags and {@code <title>}, in that order of trust. The article's text is the extracted main
 * text, so every stored offset points into it.
 *
 * <p>No readability port on Maven Central is maintained (the Java and Kotlin ports had their last
 * releases in 2013-2021), so the main text is found by {@link MainText}, a small heuristic over
 * jsoup's tree in the spirit of readability.js.
 */
public final class HtmlArticles {
    private static final Pattern DAY = Pattern.compile("^(\\d{4}-\\d{2}-\\d{2})");
    private static final List<String> ARTICLE_TYPES = List.of("newsarticle", "article", "reportagenewsarticle",
            "analysisnewsarticle", "blogposting", "report", "backgroundnewsarticle", "opinionnewsarticle");

    private HtmlArticles() {
    }

    /** Parses HTML bytes; the charset comes from {@code charset} when given, else the page's BOM or meta tag, else UTF-8. */
    static Document parse(byte[] bytes, Charset charset, String baseUri) {
        try {
            return Jsoup.parse(new ByteArrayInputStream(bytes), charset == null ? null : charset.name(), baseUri);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The page as an article; {@code notes} are added to its metadata as extra keys. Throws when
     * the page holds no main text.
     */
    static Article article(Document doc, String id, String source, Map<String, String> notes,
                           ArticleReader.Builder builder) {
        String text = MainText.of(doc);
        if (text.isBlank()) {
            throw new BadInputException(source, "no article text found in the HTML page");
        }
        Map<String, Object> keys = metadata(doc);
        notes.forEach(keys::putIfAbsent);
        return builder.build(id, source, text, FrontMatter.toMeta(keys, source));
    }

    /** The page's metadata under the front-matter keys (title, outlet, author, published, url, language). */
    static Map<String, Object> metadata(Document doc) {
        Map<String, Object> keys = new LinkedHashMap<>();
        JsonObject ld = newsArticleLd(doc);
        if (ld != null) {
            put(keys, "title", string(ld.get("headline")));
            put(keys, "published", day(string(ld.get("datePublished"))));
            put(keys, "author", name(ld.get("author")));
            put(keys, "outlet", name(ld.get("publisher")));
            put(keys, "url", firstNonBlank(string(ld.get("url")), idOf(ld.get("mainEntityOfPage"))));
            put(keys, "language", string(ld.get("inLanguage")));
        }
        put(keys, "title", meta(doc, "og:title"));
        put(keys, "title", doc.title());
        put(keys, "published", day(meta(doc, "article:published_time")));
        put(keys, "published", day(meta(doc, "datePublished")));
        put(keys, "published", day(meta(doc, "date")));
        put(keys, "published", day(meta(doc, "pubdate")));
        put(keys, "published", day(meta(doc, "dc.date.issued")));
        Element time = doc.selectFirst("article time[datetime], time[pubdate][datetime]");
        put(keys, "published", time == null ? null : day(time.attr("datetime")));
        put(keys, "outlet", meta(doc, "og:site_name"));
        String author = meta(doc, "author");
        put(keys, "author", author);
        String articleAuthor = meta(doc, "article:author");
        put(keys, "author", articleAuthor == null || articleAuthor.startsWith("http") ? null : articleAuthor);
        Element canonical = doc.selectFirst("link[rel=canonical][href]");
        put(keys, "url", canonical == null ? null : canonical.absUrl("href"));
        put(keys, "url", meta(doc, "og:url"));
        Element html = doc.selectFirst("html");
        put(keys, "language", html == null ? null : html.attr("lang"));
        Object lang = keys.get("language");
        if (lang != null) {
            keys.put("language", String.valueOf(lang).toLowerCase(Locale.ROOT).replaceFirst("[-_].*", ""));
        }
        return keys;
    }

    /** The first JSON-LD object typed as a news article (at the top, in an array or in an {@code @graph}). */
    private static JsonObject newsArticleLd(Document doc) {
        for (Element script : doc.select("script[type=application/ld+json]")) {
            JsonValue v;
            try {
                v = JSON.parseAny(script.data());
            } catch (RuntimeException e) {
                continue; // broken JSON-LD: the meta tags may still say what it meant to
            }
            JsonObject found = findArticle(v, 0);
            if (found != null) {
                return found;
            }
        }
        return null;
    }

    private static JsonObject findArticle(JsonValue v, int depth) {
        if (v == null || depth > 3) {
            return null;
        }
        if (v.isArray()) {
            for (JsonValue x : v.getAsArray()) {
                JsonObject o = findArticle(x, depth + 1);
                if (o != null) {
                    return o;
                }
            }
            return null;
        }
        if (!v.isObject()) {
            return null;
        }
        JsonObject o = v.getAsObject();
        JsonValue type = o.get("@type");
        List<JsonValue> types = type == null ? List.of() : type.isArray() ? type.getAsArray() : List.of(type);
        for (JsonValue t : types) {
            if (t.isString() && ARTICLE_TYPES.contains(t.getAsString().value().toLowerCase(Locale.ROOT))) {
                return o;
            }
        }
        return findArticle(o.get("@graph"), depth + 1);
    }

    /** A person or organisation: a string, an object with a name, or a list of them (names joined). */
    private static String name(JsonValue v) {
        if (v == null) {
            return null;
        }
        if (v.isString()) {
            return string(v);
        }
        if (v.isObject()) {
            return string(v.getAsObject().get("name"));
        }
        if (v.isArray()) {
            JsonArray a = v.getAsArray();
            List<String> names = new ArrayList<>();
            a.forEach(x -> {
                String n = name(x);
                if (n != null) {
                    names.add(n);
                }
            });
            return names.isEmpty() ? null : String.join(", ", names);
        }
        return null;
    }

    private static String idOf(JsonValue v) {
        if (v != null && v.isObject()) {
            return string(v.getAsObject().get("@id"));
        }
        return string(v);
    }

    private static String string(JsonValue v) {
        return v != null && v.isString() ? blankToNull(v.getAsString().value()) : null;
    }

    /** {@code <meta property=…>}, {@code name=…} or {@code itemprop=…} content. */
    private static String meta(Document doc, String key) {
        for (Element m : doc.select("meta[content]")) {
            if (key.equalsIgnoreCase(m.attr("property")) || key.equalsIgnoreCase(m.attr("name"))
                    || key.equalsIgnoreCase(m.attr("itemprop"))) {
                return blankToNull(m.attr("content"));
            }
        }
        return null;
    }

    /** The calendar day at the start of an ISO date or date-time, else null (a date we cannot read is no date). */
    static String day(String value) {
        if (value == null) {
            return null;
        }
        Matcher m = DAY.matcher(value.strip());
        if (!m.find()) {
            return null;
        }
        try {
            return LocalDate.parse(m.group(1)).toString();
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static void put(Map<String, Object> keys, String key, String value) {
        if (value != null && !value.isBlank() && !keys.containsKey(key)) {
            keys.put(key, value.strip());
        }
    }

    private static String firstNonBlank(String a, String b) {
        return a != null ? a : b;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
