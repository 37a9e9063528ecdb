package org.missionkg.bench;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.missionkg.model.Article;

/** Articles as a JSON Lines file the reader takes: id, text and the front-matter keys. */
final class JsonLines {
    private JsonLines() {
    }

    static String of(List<Article> articles) {
        StringBuilder sb = new StringBuilder();
        for (Article a : articles) {
            Map<String, String> keys = new LinkedHashMap<>();
            keys.put("id", a.id());
            keys.put("title", a.meta().title());
            keys.put("outlet", a.meta().outlet());
            keys.put("author", a.meta().author());
            keys.put("published", a.meta().published() == null ? null : a.meta().published().edtf());
            keys.put("url", a.meta().url());
            keys.put("language", a.meta().language());
            keys.put("text", a.text());
            sb.append('{');
            boolean first = true;
            for (Map.Entry<String, String> e : keys.entrySet()) {
                if (e.getValue() == null) {
                    continue;
                }
                sb.append(first ? "" : ",").append(quote(e.getKey())).append(':').append(quote(e.getValue()));
                first = false;
            }
            sb.append("}\n");
        }
        return sb.toString();
    }

    static String quote(String s) {
        StringBuilder sb = new StringBuilder("\"");
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                case '\n' -> sb.append("\\n");
                case '\r' -> sb.append("\\r");
                case '\t' -> sb.append("\\t");
                default -> {
                    if (c < 0x20) {
                        sb.append(String.format("\\u%04x", (int) c));
                    } else {
                        sb.append(c);
                    }
                }
            }
        }
        return sb.append('"').toString();
    }
}
