package org.missionkg.read;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonException;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonValue;
import org.missionkg.model.Article;
import org.missionkg.model.BadInputException;

/** One article per line of a JSON Lines file: the front-matter keys plus {@code id} and {@code text}. */
final class JsonLinesArticles {
    private JsonLinesArticles() {
    }

    /**
     * Every usable record becomes an article; a line that is not a usable record (not JSON, no
     * id or text, a repeated id, bad metadata) is named in the problems and the rest are kept.
     * A file with no usable record at all throws.
     */
    static ArticleReader.Read parse(String content, String source, ArticleReader.Builder builder) {
        List<Article> out = new ArrayList<>();
        List<BadInputException> problems = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        String[] lines = content.split("\r?\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.isEmpty()) {
                continue;
            }
            try {
                out.add(record(line, i + 1, source, ids, builder));
            } catch (BadInputException e) {
                problems.add(e);
            }
        }
        if (out.isEmpty()) {
            if (problems.size() == 1) {
                throw problems.get(0);
            }
            throw new BadInputException(source, problems.isEmpty() ? "empty file"
                    : "no usable record in " + problems.size() + " lines; the first: " + problems.get(0).getMessage());
        }
        return new ArticleReader.Read(out, problems);
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
