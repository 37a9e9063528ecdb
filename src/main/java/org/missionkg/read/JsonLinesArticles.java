package org.missionkg.read;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonException;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonValue;
import org.missionkg.model.Article;
import org.missionkg.model.BadInputException;

/**
 * One article per line of a JSON Lines file: the front-matter keys plus {@code id} and {@code text}.
 * A dump of thousands of articles is read a line at a time: the size limit that keeps a text file
 * to one article's size holds for each record here, not for the file.
 */
final class JsonLinesArticles {
    private JsonLinesArticles() {
    }

    /**
     * Every usable record becomes an article; a line that is not a usable record (not UTF-8, not
     * JSON, no id or text, a repeated id, bad metadata, longer than {@code maxLineBytes}) is named
     * in the problems and the rest are kept. A file with no usable record at all throws.
     */
    static ArticleReader.Read read(InputStream in, String source, long maxLineBytes, ArticleReader.Builder builder)
            throws IOException {
        List<Article> out = new ArrayList<>();
        List<BadInputException> problems = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        Lines lines = new Lines(in, maxLineBytes);
        for (byte[] bytes; (bytes = lines.next()) != null; ) {
            int lineNo = lines.number();
            try {
                String line = text(bytes, lines, source).strip();
                if (!line.isEmpty()) {
                    out.add(record(line, lineNo, source, ids, builder));
                }
            } catch (BadInputException e) {
                problems.add(e);
            }
        }
        return result(out, problems, source);
    }

    private static ArticleReader.Read result(List<Article> out, List<BadInputException> problems, String source) {
        if (out.isEmpty()) {
            if (problems.size() == 1) {
                throw problems.get(0);
            }
            throw new BadInputException(source, problems.isEmpty() ? "empty file"
                    : "no usable record in " + problems.size() + " lines; the first: " + problems.get(0).getMessage());
        }
        return new ArticleReader.Read(out, problems);
    }

    /** One line's text, strictly UTF-8 (a byte-order mark before the first line dropped), or why it is none. */
    private static String text(byte[] bytes, Lines lines, String source) {
        int lineNo = lines.number();
        if (lines.tooLong()) {
            throw new BadInputException(source, lineNo, String.format(Locale.ROOT,
                    "record is over the %,d-byte limit for one article", lines.limit()));
        }
        int from = lineNo == 1 && bytes.length >= 3 && (bytes[0] & 0xff) == 0xEF && (bytes[1] & 0xff) == 0xBB
                && (bytes[2] & 0xff) == 0xBF ? 3 : 0;
        return StrictText.decode(bytes, from, "a JSON record", problem -> new BadInputException(source, lineNo, problem));
    }

    /**
     * The lines of a stream as bytes, split at {@code \n} (a {@code \r} before it dropped). A line
     * longer than the limit is read past, not kept: {@link #tooLong()} says so, and memory stays
     * at one line's worth whatever the file holds.
     */
    private static final class Lines {
        private final InputStream in;
        private final long limit;
        private final byte[] buffer = new byte[64 * 1024];
        private int pos;
        private int end;
        private int number;
        private boolean tooLong;
        private boolean done;

        Lines(InputStream in, long limit) {
            this.in = in;
            this.limit = limit;
        }

        /** The next line, or null at the end of the stream. */
        byte[] next() throws IOException {
            if (done) {
                return null;
            }
            ByteArrayOutputStream line = new ByteArrayOutputStream();
            long length = 0;
            tooLong = false;
            while (true) {
                if (pos == end) {
                    end = in.read(buffer);
                    pos = 0;
                    if (end <= 0) {
                        end = 0;
                        done = true;
                        if (length == 0) {
                            return null; // the file ended with a newline (or is empty): no last line
                        }
                        break;
                    }
                }
                int nl = pos;
                while (nl < end && buffer[nl] != '\n') {
                    nl++;
                }
                int n = nl - pos;
                length += n;
                if (!tooLong && length > limit) {
                    tooLong = true;
                    line.reset();
                }
                if (!tooLong) {
                    line.write(buffer, pos, n);
                }
                pos = nl;
                if (nl < end) {
                    pos++; // past the newline
                    break;
                }
            }
            number++;
            byte[] bytes = line.toByteArray();
            int len = bytes.length;
            if (len > 0 && bytes[len - 1] == '\r') {
                return Arrays.copyOf(bytes, len - 1);
            }
            return bytes;
        }

        int number() {
            return number;
        }

        boolean tooLong() {
            return tooLong;
        }

        long limit() {
            return limit;
        }
    }

    private static Article record(String line, int lineNo, String source, Set<String> ids, ArticleReader.Builder builder) {
        JsonObject obj;
        try {
            obj = JSON.parse(line);
        } catch (JsonException | IllegalArgumentException e) {
            throw new BadInputException(source, lineNo, "not a JSON object: " + firstLine(e.getMessage()));
        } catch (RuntimeException e) {
            // Jena's JSON parser fails on some cut-off lines (e.g. {"text": ) with a
            // NullPointerException instead of a JsonException: still this line's fault.
            throw new BadInputException(source, lineNo, "not a JSON object: malformed or cut-off JSON");
        }
        Map<String, Object> keys = new LinkedHashMap<>();
        for (String key : obj.keys()) {
            JsonValue v = obj.get(key);
            keys.put(key, v.isString() ? v.getAsString().value() : v.isNull() ? null : v.toString());
        }
        Object id = keys.get("id");
        Object text = keys.get("text");
        if (id == null || String.valueOf(id).isBlank()) {
            throw new BadInputException(source, lineNo, "record has no 'id'");
        }
        if (text == null || String.valueOf(text).isBlank()) {
            throw new BadInputException(source, lineNo, "record has no 'text'");
        }
        String articleId = String.valueOf(id).strip();
        if (!ids.add(articleId)) {
            throw new BadInputException(source, lineNo, "duplicate id '" + articleId + "'");
        }
        String where = source + " [line " + lineNo + "]";
        return builder.build(articleId, where, String.valueOf(text), FrontMatter.toMeta(keys, where));
    }

    private static String firstLine(String s) {
        if (s == null) {
            return "parse error";
        }
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }
}
