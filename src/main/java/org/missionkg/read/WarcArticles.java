package org.missionkg.read;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.jsoup.nodes.Document;
import org.missionkg.model.Article;
import org.missionkg.model.ArticleMeta;
import org.missionkg.model.FuzzyDate;
import org.missionkg.model.BadInputException;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResponse;

/**
 * The HTML pages of a WARC or WARC.gz file (a web or news crawl), read with jwarc one record at
 * a time: only {@code response} records with a 2xx HTTP status and an HTML body count; requests,
 * metadata, redirects, images and pages with no main text are passed over. Each page becomes an
 * article as {@link HtmlArticles} reads it; the record's target URI is its {@code url} (the
 * page's own canonical URL, when it differs, is kept as a note) and the record's date its
 * {@code crawled} note, which also stands in for the publication date when neither the page's
 * metadata nor its first lines give one. A URI captured more than once keeps its last capture.
 * A file cut off part way keeps the pages before the cut (and says where it is).
 *
 * <p>Article ids come from the target URI ({@link #idOf}), so the same page from two crawls is
 * one article, replaced when it changed.
 */
final class WarcArticles {
    /** Larger HTTP bodies are no news page: passed over. */
    static final int MAX_BODY_BYTES = 5 * 1024 * 1024;

    private WarcArticles() {
    }

    /**
     * The file's pages. A file cut off or corrupt part way (a crawl whose download stopped) keeps
     * the pages read before the damage, with one problem line saying where it is; a file with no
     * usable page before it throws.
     */
    static ArticleReader.Read read(Path file, ArticleReader.Builder builder) {
        String source = file.toString();
        Map<String, Article> byUri = new LinkedHashMap<>();
        int records = 0;
        int responses = 0;
        BadInputException damage = null;
        try (WarcReader reader = new WarcReader(file)) {
            Optional<WarcRecord> next;
            while ((next = reader.next()).isPresent()) {
                records++;
                if (!(next.get() instanceof WarcResponse response)) {
                    continue;
                }
                Article a = article(response, source, builder);
                if (a != null) {
                    responses++;
                    byUri.put(response.target(), a);
                }
            }
        } catch (IOException | UncheckedIOException | IllegalArgumentException e) {
            if (records == 0) {
                throw new BadInputException(source, "is not a WARC file or cannot be read: " + oneLine(e));
            }
            damage = new BadInputException(source, "is cut off or corrupt after " + records + " record(s) ("
                    + byUri.size() + " page(s) before it read): " + oneLine(e));
        }
        if (records == 0) {
            throw new BadInputException(source, "empty WARC file");
        }
        if (byUri.isEmpty()) {
            throw damage != null ? damage
                    : new BadInputException(source, "holds no HTML response with article text (" + records + " record(s) read)");
        }
        return new ArticleReader.Read(List.copyOf(byUri.values()), damage == null ? List.of() : List.of(damage));
    }

    /** The record as an article, or null when it is no HTML page with a main text. */
    private static Article article(WarcResponse response, String source, ArticleReader.Builder builder) throws IOException {
        HttpResponse http;
        try {
            http = response.http();
        } catch (IOException e) {
            return null; // not HTTP (a gemini or dns record)
        }
        if (http.status() < 200 || http.status() > 299) {
            return null;
        }
        MediaType type = http.contentType();
        String subtype = type.base().toString().toLowerCase(Locale.ROOT);
        if (!subtype.equals("text/html") && !subtype.equals("application/xhtml+xml")) {
            return null;
        }
        byte[] body;
        try (InputStream in = http.bodyDecoded().stream()) {
            body = in.readNBytes(MAX_BODY_BYTES + 1);
        }
        if (body.length == 0 || body.length > MAX_BODY_BYTES) {
            return null;
        }
        String uri = response.target();
        String where = source + " [" + uri + "]";
        Map<String, String> notes = new LinkedHashMap<>();
        notes.put("crawled", response.date().toString());
        Document doc = HtmlArticles.parse(body, charset(type), uri);
        Article a;
        try {
            a = HtmlArticles.article(doc, idOf(uri), where, notes, builder);
        } catch (BadInputException e) {
            return null; // an index page, a video page: no story in it
        }
        return withCrawlFacts(a, uri, response);
    }

    /** The target URI as the url (the page's canonical one as a note); the crawl date as a last resort for the publication date. */
    private static Article withCrawlFacts(Article a, String uri, WarcResponse response) {
        ArticleMeta m = a.meta();
        Map<String, String> extra = new LinkedHashMap<>(m.extra());
        if (m.url() != null && !m.url().equals(uri)) {
            extra.put("canonical-url", m.url());
        }
        FuzzyDate published = m.published();
        if (published == null) {
            published = FuzzyDate.ofDay(response.date().atZone(ZoneOffset.UTC).toLocalDate());
            extra.put("published-from", "the date the page was crawled (the WARC record's date)");
        }
        ArticleMeta meta = new ArticleMeta(m.title(), m.outlet(), m.author(), published, uri,
                m.language(), extra);
        return new Article(a.id(), a.source(), a.text(), meta, a.sha256());
    }

    private static Charset charset(MediaType type) {
        String name = type.parameters().get("charset");
        try {
            return name == null ? null : Charset.forName(name.strip());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /**
     * A readable, stable id from a URI: host and path as a slug (at most 60 characters) and eight
     * hex digits of the whole URI's SHA-256, so that two URIs never share an id.
     */
    static String idOf(String uri) {
        String slug = uri.replaceFirst("^[a-zA-Z][a-zA-Z0-9+.-]*://(www\\.)?", "")
                .replaceFirst("[?#].*$", "")
                .replaceAll("\\.(s?html?|php|aspx?)$", "")
                .toLowerCase(Locale.ROOT)
                .replaceAll("[^a-z0-9]+", "-")
                .replaceAll("^-+|-+$", "");
        if (slug.length() > 60) {
            slug = slug.substring(0, 60).replaceAll("-+$", "");
        }
        String hash = ArticleReader.sha256(uri).substring(0, 8);
        return slug.isEmpty() ? hash : slug + "-" + hash;
    }

    private static String oneLine(Exception e) {
        String m = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        int nl = m.indexOf('\n');
        return nl < 0 ? m : m.substring(0, nl);
    }
}
