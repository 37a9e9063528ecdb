package org.missionkg;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The packages under {@code src/main/java/org/missionkg} depend on one another in the order the
 * data flows (README, "Layout"; DESIGN): a package may use those in earlier layers, never one in
 * a later layer nor another one in its own layer. {@code model} (the records) and {@code vocab} (the
 * terms, and {@code Iris}, which names those records) are the shared bottom, {@code pipeline} and
 * {@code cli} the top.
 *
 * <p>Read from the sources, not the classes: every {@code org.missionkg.<package>} named in code
 * counts (imports, static imports, names written out in full), names in comments and strings do
 * not. Bytecode would miss the {@code static final String}s javac copies into their users
 * ({@code Iris.ONTOLOGY_NS}, say), and reading the import lines alone would miss full names.
 */
class PackageFlowTest {
    private static final Path MAIN = Path.of("src", "main", "java", "org", "missionkg");

    /** The flow, first layer first. A new package must be placed here before it can be used. */
    private static final List<Set<String>> LAYERS = List.of(
            Set.of("model"),
            Set.of("vocab"),
            Set.of("read"),
            Set.of("reference"),
            Set.of("screen"),
            Set.of("annotate"),
            Set.of("extract"),
            Set.of("resolve"),
            Set.of("map"),
            Set.of("store"),
            Set.of("consolidate"),
            Set.of("serve", "export", "link"),
            Set.of("pipeline"),
            Set.of("cli"));

    /**
     * Dependencies against the flow that the code has today, each with why: none. A new one fails
     * the test; so does an entry here that nothing needs any more (remove it). Where an earlier
     * stage needs work a later one does, it declares what it needs and is handed it, as
     * {@code extract.MentionResolver} is {@code resolve.ArticleMentions}.
     */
    private static final Map<String, String> KNOWN = Map.of();

    private static final Pattern PACKAGE_USE = Pattern.compile("\\borg\\.missionkg\\.([a-z][a-z0-9_]*)\\b");

    @Test
    void everyPackageHasAPlaceInTheFlow() throws IOException {
        Set<String> placed = new TreeSet<>();
        LAYERS.forEach(placed::addAll);
        Set<String> present = new TreeSet<>();
        try (Stream<Path> dirs = Files.list(MAIN)) {
            dirs.filter(Files::isDirectory).forEach(d -> present.add(d.getFileName().toString()));
        }
        assertEquals(placed, present, "the packages under " + MAIN + " and the layers of this test differ");
    }

    @Test
    void noPackageUsesALaterOneOrOneBesideIt() {
        Map<String, List<String>> uses = usesAgainstTheFlow();
        Map<String, List<String>> unexpected = new TreeMap<>(uses);
        unexpected.keySet().removeAll(KNOWN.keySet());
        StringBuilder why = new StringBuilder();
        unexpected.forEach((edge, where) -> why.append("\n  ").append(edge).append(": ").append(String.join(", ", where)));
        assertTrue(unexpected.isEmpty(), "packages that use one later in the flow (or beside them):" + why);
    }

    @Test
    void everyKnownExceptionIsStillNeeded() {
        Set<String> stale = new TreeSet<>(KNOWN.keySet());
        stale.removeAll(usesAgainstTheFlow().keySet());
        assertTrue(stale.isEmpty(), "no longer used, remove from KNOWN: " + stale);
    }

    @Test
    void coreNlpStaysInAnnotateAndExtract() {
        List<String> outside = new ArrayList<>();
        for (Path file : sources()) {
            String pkg = packageOf(file);
            if (!pkg.equals("annotate") && !pkg.equals("extract") && codeOnly(read(file)).contains("edu.stanford.nlp")) {
                outside.add(MAIN.relativize(file).toString());
            }
        }
        assertTrue(outside.isEmpty(), "CoreNLP types outside annotate and extract: " + outside);
    }

    @Test
    void readsCodeNotCommentsOrStrings() {
        String src = "package org.missionkg.map;\n"
                + "import org.missionkg.model.Fact; // not org.missionkg.cli\n"
                + "/** {@link org.missionkg.serve.KgServer}\n */ class A {\n"
                + "  String s = \"org.missionkg.cli \\\" org.missionkg.cli\"; char q = '\"';\n"
                + "  String t = \"\"\"\n    org.missionkg.cli \\\"\"\" org.missionkg.cli\n    \"\"\";\n"
                + "  Object o = org.missionkg.store.KnowledgeStore.class;\n}\n";
        String code = codeOnly(src);
        assertEquals(src.split("\n", -1).length, code.split("\n", -1).length, "line breaks kept");
        List<String> named = new ArrayList<>();
        Matcher m = PACKAGE_USE.matcher(code);
        while (m.find()) {
            named.add(m.group(1));
        }
        assertEquals(List.of("map", "model", "store"), named);
    }

    /** "from -> to" to the places (file:line) where {@code from} names {@code to} against the flow. */
    private static Map<String, List<String>> usesAgainstTheFlow() {
        Map<String, List<String>> out = new TreeMap<>();
        for (Path file : sources()) {
            String from = packageOf(file);
            String[] lines = codeOnly(read(file)).split("\n", -1);
            for (int i = 0; i < lines.length; i++) {
                if (lines[i].startsWith("package ")) {
                    continue;
                }
                Matcher m = PACKAGE_USE.matcher(lines[i]);
                while (m.find()) {
                    String to = m.group(1);
                    if (!to.equals(from) && layer(to) >= layer(from)) {
                        out.computeIfAbsent(from + " -> " + to, k -> new ArrayList<>())
                                .add(MAIN.relativize(file) + ":" + (i + 1));
                    }
                }
            }
        }
        return out;
    }

    private static int layer(String pkg) {
        for (int i = 0; i < LAYERS.size(); i++) {
            if (LAYERS.get(i).contains(pkg)) {
                return i;
            }
        }
        throw new AssertionError("package " + pkg + " has no place in the flow: add it to LAYERS");
    }

    /** The stage a file belongs to: the first folder under org/missionkg (serve/web is serve). */
    private static String packageOf(Path file) {
        Path rel = MAIN.relativize(file);
        return rel.getNameCount() > 1 ? rel.getName(0).toString() : "";
    }

    private static List<Path> sources() {
        try (Stream<Path> files = Files.walk(MAIN)) {
            return files.filter(f -> f.toString().endsWith(".java")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The source with comments, string and character literals and text blocks blanked (their
     * line breaks kept, so line numbers still hold).
     */
    static String codeOnly(String src) {
        StringBuilder out = new StringBuilder(src.length());
        int i = 0;
        int n = src.length();
        while (i < n) {
            char c = src.charAt(i);
            String end;
            if (src.startsWith("//", i)) {
                end = "\n";
            } else if (src.startsWith("/*", i)) {
                end = "*/";
            } else if (src.startsWith("\"\"\"", i)) {
                end = "\"\"\"";
            } else if (c == '"' || c == '\'') {
                end = String.valueOf(c);
            } else {
                out.append(c);
                i++;
                continue;
            }
            boolean literal = c == '"' || c == '\'';
            int j = i + (end.equals("\"\"\"") ? 3 : end.equals("*/") ? 2 : 1);
            while (j < n && !src.startsWith(end, j)) {
                j += literal && src.charAt(j) == '\\' ? 2 : 1;
            }
            j = Math.min(n, j + (end.equals("\n") ? 0 : end.length()));
            for (int k = i; k < j; k++) {
                out.append(src.charAt(k) == '\n' ? '\n' : ' ');
            }
            i = j;
        }
        return out.toString();
    }
}
