package org.missionkg.read;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.missionkg.model.Article;
import org.missionkg.model.BadInputException;

/**
 * The formats of the web that {@link ArticleReader} reads beside its text and JSON Lines files,
 * chosen by file name: saved HTML pages ({@code .html}, {@code .htm}, {@code .xhtml}), WARC
 * files ({@code .warc}, {@code .warc.gz}) and RSS/Atom feeds ({@code .rss}, {@code .atom},
 * and {@code .xml} when named on the command line).
 */
final class WebFormats {
    private WebFormats() {
    }

    /** True for a file this class reads; {@code inFolder}: found in a folder, where {@code .xml} is too vague to take. */
    static boolean handles(Path file, boolean inFolder) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.endsWith(".html") || name.endsWith(".htm") || name.endsWith(".xhtml")
                || name.endsWith(".warc") || name.endsWith(".warc.gz")
                || name.endsWith(".rss") || name.endsWith(".atom") || !inFolder && name.endsWith(".xml");
    }

    /** The file's articles, and for a WARC cut off part way the line that says so. */
    static ArticleReader.Read read(Path file, long maxBytes, ArticleReader.Builder builder) {
        String source = file.toString();
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (!Files.exists(file)) {
            throw new BadInputException(source, "no such file");
        }
        if (Files.isDirectory(file)) {
            throw new BadInputException(source, "is a folder, not an article file");
        }
        if (!Files.isRegularFile(file)) {
            throw new BadInputException(source, "is not a regular file (a pipe or a device?)"); // reading one could block
        }
        if (name.endsWith(".warc") || name.endsWith(".warc.gz")) {
            return WarcArticles.read(file, builder); // streamed: crawl files are large, one page at a time
        }
        byte[] bytes = bytes(file, source, maxBytes);
        if (name.endsWith(".html") || name.endsWith(".htm") || name.endsWith(".xhtml")) {
            var doc = HtmlArticles.parse(bytes, null, "");
            return new ArticleReader.Read(List.of(HtmlArticles.article(doc, ArticleReader.idOf(file), source, Map.of(), builder)),
                    List.of());
        }
        return new ArticleReader.Read(FeedArticles.parse(bytes, source, builder), List.of());
    }

    private static byte[] bytes(Path file, String source, long maxBytes) {
        try {
            long size = Files.size(file);
            if (size > maxBytes) {
                throw new BadInputException(source, String.format(Locale.ROOT,
                        "file is %,d bytes, over the %,d-byte limit for one page or feed", size, maxBytes));
            }
            byte[] bytes = Files.readAllBytes(file);
            if (bytes.length == 0) {
                throw new BadInputException(source, "empty file");
            }
            return bytes;
        } catch (NoSuchFileException e) {
            throw new BadInputException(source, "no such file");
        } catch (IOException e) {
            throw new BadInputException(source, "cannot be read: " + e.getMessage(), e);
        }
    }
}
