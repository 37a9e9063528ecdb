package org.missionkg.read;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.ToIntFunction;
import org.missionkg.model.Article;
import org.missionkg.model.ArticleMeta;
import org.missionkg.model.BadInputException;
import org.missionkg.model.FuzzyDate;

/**
 * Reads article files: UTF-8 text with optional YAML front matter between {@code ---} lines,
 * or JSON Lines ({@code .jsonl}) with one article per line; saved HTML pages, WARC files and
 * RSS/Atom feeds go to {@link WebFormats}. The body is kept exactly as read
 * (only a leading byte-order mark is dropped), so every offset stored later points into it.
 *
 * <pre>
 *   List&lt;Article&gt; articles = ArticleReader.create().read(Path.of("data/articles/a.txt"));
 * </pre>
 *
 * Anything unusable throws {@link BadInputException} naming the file (and line) and the problem.
 */
public final class ArticleReader {
    /** Files larger than this are refused unread: a news article is a few kilobytes (in a JSON Lines dump, each record). */
    public static final long DEFAULT_MAX_BYTES = 5L * 1024 * 1024;

    private final long maxBytes;

    private ArticleReader(long maxBytes) {
        this.maxBytes = maxBytes;
    }

    public static ArticleReader create() {
        return new ArticleReader(DEFAULT_MAX_BYTES);
    }

    public static ArticleReader withMaxBytes(long maxBytes) {
        return new ArticleReader(maxBytes);
    }

    /** What one file gave: its articles, and one line per part of it that could not be used (a bad JSON Lines record). */
    public record Read(List<Article> articles, List<BadInputException> bad) {
        public Read {
            articles = List.copyOf(articles);
            bad = List.copyOf(bad);
        }

        /** One line per bad part, naming the file and line. */
        public List<String> problems() {
            return bad.stream().map(BadInputException::getMessage).toList();
        }
    }

    /**
     * Reads one file strictly: a text article gives one article, a JSON Lines file one per line,
     * and any bad line fails the whole file.
     */
    public List<Article> read(Path file) {
        Read r = readAll(file);
        if (!r.bad().isEmpty()) {
            throw r.bad().get(0);
        }
        return r.articles();
    }

    /**
     * Reads one file leniently: a JSON Lines record that cannot be used is named in
     * {@link Read#problems()} and the other records are kept. A file that cannot be used at all
     * throws {@link BadInputException}.
     */
    public Read readAll(Path file) {
        if (WebFormats.handles(file, false)) {
            return WebFormats.read(file, maxBytes, this::build);
        }
        String source = file.toString();
        if (file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".jsonl")) {
            return readJsonLines(file, source);
        }
        String text = decode(file, source);
        return new Read(List.of(parseTextArticle(text, source, idOf(file))), List.of());
    }

    /** Parses a text article (front matter optional) that was already decoded. */
    public Article parseTextArticle(String text, String source, String id) {
        if (text.isBlank()) {
            throw new BadInputException(source, "empty file");
        }
        Map<String, Object> keys = Map.of();
        ToIntFunction<String> keyLines = key -> 0;
        String body = text;
        if (text.startsWith("---\n") || text.startsWith("---\r\n")) {
            int open = text.indexOf('\n') + 1;
            int close = findClosingFence(text, open);
            if (close < 0) {
                throw new BadInputException(source, 1, "broken front matter: no closing '---' line");
            }
            keys = FrontMatter.parseYaml(text.substring(open, close), source, 2);
            keyLines = FrontMatter.keyLines(text.substring(open, close), 2);
            int after = text.indexOf('\n', close);
            body = after < 0 ? "" : text.substring(after + 1);
        }
        return build(id, source, body, FrontMatter.toMeta(keys, source, keyLines));
    }

    private Article build(String id, String source, String body, ArticleMeta meta) {
        if (body.isBlank()) {
            throw new BadInputException(source, "the article has no body text");
        }
        if (looksBinary(body)) {
            throw new BadInputException(source, "looks like binary data, not article text");
        }
        if (meta.published() != null && meta.published().earliest() != null
                && meta.published().earliest().isAfter(LocalDate.now(ZoneOffset.UTC).plusDays(1))) {
            throw new BadInputException(source, "'published' is " + meta.published().edtf()
                    + ", after tomorrow: a news article cannot be published in the future (a typo?)");
        }
        return new Article(id, source, body, withDatelineDate(meta, body), sha256(body));
    }

    /**
     * Metadata without a publication date takes the one printed at the top of the text, if any,
     * and says so in a note, so that relative dates can still be resolved.
     */
    private static ArticleMeta withDatelineDate(ArticleMeta meta, String body) {
        if (meta.published() != null) {
            return meta;
        }
        LocalDate d = DatelineDate.find(body);
        if (d == null) {
            return meta;
        }
        Map<String, String> extra = new LinkedHashMap<>(meta.extra());
        extra.put("published-from", "the date printed at the top of the text");
        return new ArticleMeta(meta.title(), meta.outlet(), meta.author(), FuzzyDate.ofDay(d),
                meta.url(), meta.language(), extra);
    }

    private String decode(Path file, String source) {
        byte[] bytes = readBounded(file, source);
        if (bytes.length == 0) {
            throw new BadInputException(source, "empty file");
        }
        String text = StrictText.decode(bytes, 0, "article text", problem -> new BadInputException(source, problem));
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }

    /**
     * A JSON Lines dump, a line at a time: it may hold thousands of articles, so the size limit
     * is each record's, not the file's (the file is checked as any other first).
     */
    private Read readJsonLines(Path file, String source) {
        regularFile(file, source);
        return opened(file, source, in -> JsonLinesArticles.read(in, source, maxBytes, this::build));
    }

    /**
     * Reads a regular file, at most {@code maxBytes + 1} bytes of it whatever its size claims:
     * a device ({@code /dev/zero}), a FIFO or a socket is refused before it is opened (opening a
     * FIFO blocks until a writer comes), and a file that grows while it is read is cut off.
     */
    private byte[] readBounded(Path file, String source) {
        BasicFileAttributes attrs = regularFile(file, source);
        if (attrs.size() > maxBytes) {
            throw new BadInputException(source, tooBig(attrs.size()));
        }
        byte[] bytes = opened(file, source, in -> in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1)));
        if (bytes.length > maxBytes) {
            throw new BadInputException(source, tooBig(bytes.length) + " (it grew while being read)");
        }
        return bytes;
    }

    /** What is read from a file's stream; it may fail as reading does. */
    private interface StreamReading<T> {
        T from(InputStream in) throws IOException;
    }

    /** Reads an opened file, a failure to read it being a bad input named by its file. */
    private static <T> T opened(Path file, String source, StreamReading<T> reading) {
        try (InputStream in = Files.newInputStream(file)) {
            return reading.from(in);
        } catch (AccessDeniedException e) {
            throw new BadInputException(source, "permission denied");
        } catch (IOException e) {
            throw new BadInputException(source, "cannot be read: " + e.getMessage(), e);
        }
    }

    /** The file's attributes once it is known to be a regular file that exists (not a folder, device, FIFO or socket). */
    private static BasicFileAttributes regularFile(Path file, String source) {
        BasicFileAttributes attrs;
        try {
            attrs = Files.readAttributes(file, BasicFileAttributes.class);
        } catch (NoSuchFileException e) {
            throw new BadInputException(source, ArticleSources.isSymlinkLoop(file)
                    ? "symbolic link loop (too many levels of symbolic links)" : "no such file");
        } catch (AccessDeniedException e) {
            throw new BadInputException(source, "permission denied");
        } catch (FileSystemException e) {
            throw new BadInputException(source, ArticleSources.isSymlinkLoop(file)
                    ? "symbolic link loop (too many levels of symbolic links)" : "cannot be read: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new BadInputException(source, "cannot be read: " + e.getMessage(), e);
        }
        if (attrs.isDirectory()) {
            throw new BadInputException(source, "is a folder, not an article file");
        }
        if (!attrs.isRegularFile()) {
            throw new BadInputException(source, "is not a regular file (a device, FIFO or socket): only files are read");
        }
        return attrs;
    }

    private String tooBig(long size) {
        return String.format(Locale.ROOT, "file is %,d bytes, over the %,d-byte limit for one article file", size, maxBytes);
    }

    private static int findClosingFence(String text, int from) {
        int lineStart = from;
        while (lineStart < text.length()) {
            int nl = text.indexOf('\n', lineStart);
            String line = (nl < 0 ? text.substring(lineStart) : text.substring(lineStart, nl)).stripTrailing();
            if (line.equals("---")) {
                return lineStart;
            }
            if (nl < 0) {
                return -1;
            }
            lineStart = nl + 1;
        }
        return -1;
    }

    /** Control characters other than white space make up more than 1% of the text. */
    private static boolean looksBinary(String text) {
        int control = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if ((c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f') || c == '\uFFFD') {
                control++;
            }
        }
        return control > Math.max(2, text.length() / 100);
    }

    static String idOf(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }

    static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Builds an article from its parts; JSON Lines records come through here too. */
    interface Builder {
        Article build(String id, String source, String body, ArticleMeta meta);
    }
}
