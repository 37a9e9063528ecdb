package org.missionkg.read;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.ToIntFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.missionkg.model.ArticleMeta;
import org.missionkg.model.BadInputException;
import org.missionkg.model.FuzzyDate;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.representer.Representer;
import org.yaml.snakeyaml.resolver.Resolver;
import org.yaml.snakeyaml.DumperOptions;

/** Turns the keys of YAML front matter (or of a JSON Lines record) into {@link ArticleMeta}. */
final class FrontMatter {
    private static final Pattern DATE = Pattern.compile("\\d{4}(-\\d{2}(-\\d{2})?)?");
    private static final Pattern TOP_LEVEL_KEY = Pattern.compile("([A-Za-z_][\\w-]*)\\s*:");

    private FrontMatter() {
    }

    /** Parses the YAML between the '---' lines; {@code firstLine} is the file line it starts on. */
    static Map<String, Object> parseYaml(String yaml, String source, int firstLine) {
        Object loaded;
        try {
            loaded = yaml().load(yaml);
        } catch (MarkedYAMLException e) {
            int line = firstLine + (e.getProblemMark() == null ? 0 : e.getProblemMark().getLine());
            throw new BadInputException(source, line, "broken front matter: " + e.getProblem());
        } catch (YAMLException e) {
            throw new BadInputException(source, firstLine, "broken front matter: " + e.getMessage());
        }
        if (loaded == null) {
            return Map.of();
        }
        if (!(loaded instanceof Map<?, ?> map)) {
            throw new BadInputException(source, firstLine, "broken front matter: expected 'key: value' lines");
        }
        Map<String, Object> out = new LinkedHashMap<>();
        map.forEach((k, v) -> out.put(String.valueOf(k), v));
        return out;
    }

    /** Known keys become fields, unknown ones notes; a {@code published} that is no date is an error. */
    static ArticleMeta toMeta(Map<String, Object> keys, String source) {
        return toMeta(keys, source, key -> 0);
    }

    /** As {@link #toMeta(Map, String)}, with the file line of each key (0 when unknown) for error messages. */
    static ArticleMeta toMeta(Map<String, Object> keys, String source, ToIntFunction<String> lineOf) {
        Map<String, String> extra = new LinkedHashMap<>();
        String title = null;
        String outlet = null;
        String author = null;
        String url = null;
        String language = null;
        FuzzyDate published = null;
        for (Map.Entry<String, Object> e : keys.entrySet()) {
            String value = e.getValue() == null ? null : String.valueOf(e.getValue()).strip();
            if (value != null && value.isEmpty()) {
                value = null;
            }
            switch (e.getKey()) {
                case "title" -> title = value;
                case "outlet" -> outlet = value;
                case "author" -> author = value;
                case "url" -> url = value;
                case "language" -> language = value;
                case "published" -> published = published(value, source, lineOf.applyAsInt("published"));
                case "id", "text" -> { }
                default -> {
                    if (value != null) {
                        extra.put(e.getKey(), value);
                    }
                }
            }
        }
        return new ArticleMeta(title, outlet, author, published, url, language, extra);
    }

    private static FuzzyDate published(String value, String source, int line) {
        if (value == null) {
            return null;
        }
        if (!DATE.matcher(value).matches()) {
            throw bad(source, line, "'published' is not a date (YYYY, YYYY-MM or YYYY-MM-DD): '" + value + "'");
        }
        try {
            return FuzzyDate.parse(value);
        } catch (IllegalArgumentException e) {
            throw bad(source, line, "'published' is not a calendar date: '" + value + "'");
        }
    }

    private static BadInputException bad(String source, int line, String problem) {
        return line > 0 ? new BadInputException(source, line, problem) : new BadInputException(source, problem);
    }

    /** The file line of each top-level {@code key:} in the YAML, which starts on file line {@code firstLine}. */
    static ToIntFunction<String> keyLines(String yaml, int firstLine) {
        Map<String, Integer> lines = new HashMap<>();
        String[] rows = yaml.split("\r?\n", -1);
        for (int i = 0; i < rows.length; i++) {
            Matcher m = TOP_LEVEL_KEY.matcher(rows[i]);
            if (m.lookingAt()) {
                lines.putIfAbsent(m.group(1), firstLine + i);
            }
        }
        return key -> lines.getOrDefault(key, 0);
    }

    /** A safe YAML loader that keeps dates as the strings they were written as. */
    private static Yaml yaml() {
        LoaderOptions options = new LoaderOptions();
        options.setAllowDuplicateKeys(false);
        options.setMaxAliasesForCollections(10);
        Resolver noTimestamps = new Resolver() {
            @Override
            public void addImplicitResolver(org.yaml.snakeyaml.nodes.Tag tag, Pattern regexp, String first, int limit) {
                if (!org.yaml.snakeyaml.nodes.Tag.TIMESTAMP.equals(tag)) {
                    super.addImplicitResolver(tag, regexp, first, limit);
                }
            }
        };
        DumperOptions dump = new DumperOptions();
        return new Yaml(new SafeConstructor(options), new Representer(dump), dump, options, noTimestamps);
    }
}
