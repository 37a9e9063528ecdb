package org.missionkg.extract;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The text format both rule files share ({@code *.rules}, {@code *.semgrex}): blocks of
 * {@code key: value} lines separated by blank lines, {@code #} comments, a key given more than
 * once collecting its values in order. Each block knows the line it starts on, so that a
 * mistake is reported as {@code file [line N]: …}. Which keys a block may hold is the reader's
 * business ({@link RuleBook}, {@link GrammarRules}).
 */
record RuleBlocks(List<RuleBlocks.Block> blocks) {
    /** One rule's lines: its first line's number and its values by key. */
    record Block(String source, int line, Map<String, List<String>> values) {
        /** The one value of a key, or null. */
        String one(String key) {
            List<String> v = values.get(key);
            return v == null ? null : v.get(v.size() - 1);
        }

        /** All values of a key, joined as one (a pattern may run over several lines). */
        String joined(String key, String separator) {
            List<String> v = values.get(key);
            return v == null ? null : String.join(separator, v);
        }

        List<String> all(String key) {
            return values.getOrDefault(key, List.of());
        }

        /** The flags, lower case, from every {@code flags:} line. */
        Set<String> flags() {
            Set<String> out = new LinkedHashSet<>();
            for (String line : all("flags")) {
                for (String f : line.split("[,\\s]+")) {
                    if (!f.isEmpty()) {
                        out.add(f.toLowerCase(Locale.ROOT));
                    }
                }
            }
            return out;
        }

        IllegalStateException error(String message) {
            return new IllegalStateException(source + " [line " + line + "]: " + message);
        }
    }

    /**
     * Reads the blocks of a file, refusing a line that is not {@code key: value}, a key the reader
     * does not know, and two blocks with the same {@code rule:} id.
     */
    static RuleBlocks read(String text, String source, Set<String> keys) {
        List<Block> out = new ArrayList<>();
        Set<String> ids = new LinkedHashSet<>();
        Map<String, List<String>> values = new LinkedHashMap<>();
        int start = 0;
        String[] lines = (text + "\n").split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String t = lines[i].strip();
            if (t.startsWith("#")) {
                continue;
            }
            if (t.isEmpty()) {
                if (!values.isEmpty()) {
                    Block b = new Block(source, start, values);
                    String id = b.one("rule");
                    if (id != null && !ids.add(id)) {
                        throw b.error("duplicate rule " + id);
                    }
                    out.add(b);
                    values = new LinkedHashMap<>();
                }
                continue;
            }
            int colon = t.indexOf(':');
            if (colon < 0) {
                throw new IllegalStateException(source + " [line " + (i + 1) + "]: expected 'key: value'");
            }
            String key = t.substring(0, colon).strip();
            if (!keys.contains(key)) {
                throw new IllegalStateException(source + " [line " + (i + 1) + "]: unknown key " + key);
            }
            if (values.isEmpty()) {
                start = i + 1;
            }
            values.computeIfAbsent(key, k -> new ArrayList<>()).add(t.substring(colon + 1).strip());
        }
        return new RuleBlocks(out);
    }
}
