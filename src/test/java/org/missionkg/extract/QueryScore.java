package org.missionkg.extract;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.missionkg.GoldSets;
import org.missionkg.cli.Main;
import org.missionkg.export.FactRows;
import org.missionkg.model.Article;
import org.missionkg.model.Fact;
import org.missionkg.read.ArticleReader;
import org.missionkg.read.ArticleSources;
import org.missionkg.resolve.ArticleMentions;

/**
 * Scores what the product answers, not what the extractor holds in memory: each set's articles are ingested with the
 * CLI ({@code ingest --store TMP}) into a fresh store, the five canned questions a judge reads ({@code ask NAME
 * --format tsv}) are asked of it, and their rows are keyed by {@link GoldComparison} as extracted facts are. The
 * extraction-level score of the same set is printed beside it, with the keys one side has and the other lacks, so
 * that what mapping, SHACL, labels, claim filtering, date formatting or the queries lose shows up.
 *
 * <pre>
 *   dev/score-queries [seeds] SET-FOLDER... [--blind SET-FOLDER...]
 * </pre>
 *
 * Everything runs in one JVM so that CoreNLP loads once (its annotator pool is shared by every pipeline built with
 * the same properties). Blind sets print scores only.
 */
public final class QueryScore {
    record GoldSet(String name, Path articles, Path gold, boolean blind) {
    }

    /** The five canned questions the judge reads, and the gold kind each answers. */
    private static final Map<String, String> QUESTIONS = new LinkedHashMap<>();

    static {
        QUESTIONS.put("commands", "command");
        QUESTIONS.put("lead-nations", "lead");
        QUESTIONS.put("events", "event");
        QUESTIONS.put("troops", "troops");
        QUESTIONS.put("roles", "role");
    }

    private QueryScore() {
    }

    public static void main(String[] args) throws Exception {
        List<GoldSet> sets = new ArrayList<>();
        boolean blind = false;
        for (String a : args) {
            if (a.equals("--blind")) {
                blind = true;
            } else if (a.equals("seeds")) {
                GoldSets.GoldSet s = GoldSets.named("seeds");
                sets.add(new GoldSet("seeds", s.articles(), s.gold(), blind));
            } else {
                Path d = Path.of(a);
                sets.add(new GoldSet(d.getFileName().toString(), d.resolve("articles"), d.resolve("expected-facts.tsv"), blind));
            }
        }
        RuleBasedExtractor x = RuleBasedExtractor.create(ArticleMentions::over);
        StringBuilder summary = new StringBuilder();
        for (GoldSet s : sets) {
            String report = score(s, x, summary);
            System.out.println(report);
            System.out.flush();
        }
        System.out.println("SUMMARY (location rows skipped: no canned query answers them)");
        System.out.print(summary);
    }

    private static String score(GoldSet s, RuleBasedExtractor x, StringBuilder summary) throws IOException {
        // Extraction level, as the workbench does it.
        List<Fact> facts = new ArrayList<>();
        Map<String, LocalDate> published = new java.util.HashMap<>();
        for (Path f : ArticleSources.expand(List.of(s.articles())).files()) {
            for (Article a : ArticleReader.create().read(f)) {
                facts.addAll(x.extract(x.annotate(a)));
                if (a.meta().published() != null) {
                    published.put(a.id(), a.meta().published().earliest());
                }
            }
        }
        GoldComparison.Keyed gold = withoutLocations(GoldComparison.gold(s.gold(), published));
        GoldComparison.Keyed extracted = withoutLocations(GoldComparison.predicted(facts, published));

        // Query level: the real CLI into a fresh store.
        Path store = Files.createTempDirectory("score-queries-" + s.name());
        StringBuilder log = new StringBuilder();
        List<FactRows.Row> rows = new ArrayList<>();
        try {
            String ingest = cli(log, "ingest", "--store", store.toString(), s.articles().toString());
            log.append("ingest: ").append(ingest.strip()).append('\n');
            for (Map.Entry<String, String> q : QUESTIONS.entrySet()) {
                String tsv = cli(log, "ask", q.getKey(), "--store", store.toString(), "--format", "tsv");
                rows.addAll(rows(q.getValue(), tsv));
            }
        } finally {
            deleteTree(store);
        }
        GoldComparison.Keyed answered = withoutLocations(GoldComparison.rows(rows, published));

        GoldComparison ext = GoldComparison.compare(gold, extracted);
        GoldComparison qry = GoldComparison.compare(gold, answered);
        String name = s.name() + (s.blind() ? " (blind)" : "");
        summary.append("  extraction ").append(ext.summary(name)).append('\n');
        summary.append("  queries    ").append(qry.summary(name)).append('\n');
        // A blind set's ingest log is not shown: its "left out:" and "warning:" lines name facts.
        StringBuilder out = new StringBuilder("== ").append(name).append('\n').append(s.blind() ? "" : log);
        out.append("extraction level (in-memory facts; location rows skipped):\n").append(body(ext.scores(s.name())));
        out.append("query level (ask commands, lead-nations, events, troops, roles; location rows skipped):\n")
                .append(body(qry.scores(s.name())));
        if (s.blind()) {
            return out.toString(); // blind sets: scores only, never a key
        }
        Set<String> lost = new TreeSet<>(extracted.keys());
        lost.removeAll(answered.keys());
        Set<String> gained = new TreeSet<>(answered.keys());
        gained.removeAll(extracted.keys());
        for (String k : lost) {
            out.append("  extracted, not answered: ").append(k).append(gold.keys().contains(k) ? "   [in gold]" : "").append('\n');
        }
        for (String k : gained) {
            out.append("  answered, not extracted: ").append(k).append(gold.keys().contains(k) ? "   [in gold]" : "").append('\n');
        }
        // The keys above read names through the gazetteer (an alias counts as its entity); a judge may not. The labels
        // as printed, compared row by row, show where the store's MIN(label) is not the extractor's label.
        Set<String> printedExtracted = printed(facts.stream().map(FactRows::row).toList());
        Set<String> printedAnswered = printed(rows);
        for (String k : printedExtracted) {
            if (!printedAnswered.contains(k)) {
                out.append("  label as extracted, not as answered: ").append(k).append('\n');
            }
        }
        for (String k : printedAnswered) {
            if (!printedExtracted.contains(k)) {
                out.append("  label as answered, not as extracted: ").append(k).append('\n');
            }
        }
        // Same key, other dates: what formatting or mapping did to the dates on the way to the store.
        for (String k : extracted.keys()) {
            Set<String> a = answered.dates().get(k);
            Set<String> e = extracted.dates().get(k);
            if (a != null && !a.equals(e)) {
                out.append("  dates differ: ").append(k).append("  extracted ").append(e).append("  answered ").append(a)
                        .append('\n');
            }
        }
        return out.toString();
    }

    /** Rows as printed: kind, subject, event type, object and article, unfolded and without the gazetteer's reading. */
    private static Set<String> printed(List<FactRows.Row> rows) {
        Set<String> out = new TreeSet<>();
        for (FactRows.Row r : rows) {
            if (!r.kind().equals("location")) {
                // An unnamed object is "" in FactRows and unbound (null) in a query row: the same thing.
                out.add(r.kind() + "|" + r.subject() + "|" + (r.kind().equals("event") ? r.relation() : "") + "|"
                        + (r.kind().equals("event") ? "" : java.util.Objects.toString(r.object(), "")) + "|" + r.article());
            }
        }
        return out;
    }

    /** The per-kind lines of a score, without the set name GoldComparison heads them with. */
    private static String body(String scores) {
        return scores.substring(scores.indexOf('\n') + 1);
    }

    private static GoldComparison.Keyed withoutLocations(GoldComparison.Keyed k) {
        Map<String, Set<String>> m = new LinkedHashMap<>();
        k.dates().forEach((key, d) -> {
            if (!key.startsWith("location|")) {
                m.put(key, d);
            }
        });
        return new GoldComparison.Keyed(m);
    }

    /**
     * Runs the CLI in this JVM and returns what it printed. {@code ask} writes to System.out itself (not to picocli's
     * writer), so System.out is swapped for the call; what the command prints on its error stream goes to the log.
     */
    private static String cli(StringBuilder log, String... args) {
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        ByteArrayOutputStream errBuf = new ByteArrayOutputStream();
        PrintStream old = System.out;
        var cl = Main.commandLine();
        // The subcommand prints through its own CommandLine's writers, which the parent's setOut does not reach.
        var sub = cl.getSubcommands().get(args[0]);
        sub.setOut(new java.io.PrintWriter(new java.io.OutputStreamWriter(buf, StandardCharsets.UTF_8), true));
        sub.setErr(new java.io.PrintWriter(new java.io.OutputStreamWriter(errBuf, StandardCharsets.UTF_8), true));
        int code;
        try {
            System.setOut(new PrintStream(buf, true, StandardCharsets.UTF_8));
            code = cl.execute(args);
        } finally {
            System.setOut(old);
        }
        String err = errBuf.toString(StandardCharsets.UTF_8);
        if (!err.isBlank()) {
            err.lines().limit(20).forEach(l -> log.append("  ").append(args[0]).append(" stderr: ").append(l).append('\n'));
        }
        if (code != 0 && !args[0].equals("ingest")) {
            throw new IllegalStateException("missionkg " + String.join(" ", args) + " exited " + code + ": " + err);
        }
        if (code != 0) {
            log.append("  ingest exit code ").append(code).append('\n');
        }
        return buf.toString(StandardCharsets.UTF_8);
    }

    /** A canned question's TSV answer as rows in the gold layout, by the columns its header names. */
    static List<FactRows.Row> rows(String kind, String tsv) {
        List<String> lines = tsv.lines().toList();
        List<FactRows.Row> out = new ArrayList<>();
        if (lines.isEmpty()) {
            return out;
        }
        List<String> head = new ArrayList<>();
        for (String h : lines.get(0).split("\t", -1)) {
            head.add(h.startsWith("?") ? h.substring(1) : h);
        }
        for (String line : lines.subList(1, lines.size())) {
            if (line.isEmpty()) {
                continue;
            }
            String[] cells = line.split("\t", -1);
            Map<String, String> c = new LinkedHashMap<>();
            for (int i = 0; i < head.size() && i < cells.length; i++) {
                c.put(head.get(i), term(cells[i]));
            }
            String article = articleId(c.get("article"));
            out.add(switch (kind) {
                case "command" -> new FactRows.Row(kind, c.get("commanderLabel"), "commander", c.get("missionLabel"),
                        c.get("start"), c.get("end"), c.get("asOf"), c.get("rank"), article, c.get("quote"));
                case "lead" -> new FactRows.Row(kind, c.get("countryLabel"), "leads", c.get("missionLabel"),
                        c.get("start"), c.get("end"), c.get("asOf"), null, article, c.get("quote"));
                case "event" -> new FactRows.Row(kind, c.get("missionLabel"), c.get("eventType"), null,
                        c.get("date"), c.get("until"), null, null, article, c.get("quote"));
                case "troops" -> new FactRows.Row(kind, c.get("countryLabel"), "counts", c.get("missionLabel"), null,
                        null, c.get("asOf"), c.get("count"), article, c.get("quote"));
                case "role" -> new FactRows.Row(kind, c.get("personLabel"), c.get("role"), c.get("organizationLabel"),
                        null, null, c.get("asOf"), null, article, c.get("quote"));
                default -> throw new IllegalArgumentException(kind);
            });
        }
        return out;
    }

    /** An RDF term as Jena's TSV writes it (N-Triples syntax, empty when unbound) as its plain text. */
    static String term(String cell) {
        if (cell.isEmpty()) {
            return null;
        }
        if (cell.startsWith("<") && cell.endsWith(">")) {
            return cell.substring(1, cell.length() - 1);
        }
        if (cell.startsWith("\"")) {
            int end = cell.lastIndexOf('"');
            String body = cell.substring(1, end);
            StringBuilder sb = new StringBuilder();
            for (int i = 0; i < body.length(); i++) {
                char ch = body.charAt(i);
                if (ch == '\\' && i + 1 < body.length()) {
                    char n = body.charAt(++i);
                    sb.append(switch (n) {
                        case 't' -> '\t';
                        case 'n' -> '\n';
                        case 'r' -> '\r';
                        default -> n;
                    });
                } else {
                    sb.append(ch);
                }
            }
            return sb.toString();
        }
        return cell; // a number or boolean written bare
    }

    /** The article column as the gold's article id: an id as it is, an article IRI by its last segment, decoded. */
    static String articleId(String v) {
        if (v == null || !v.contains("/")) {
            return v;
        }
        String last = v.substring(Math.max(v.lastIndexOf('/'), v.lastIndexOf('#')) + 1);
        return java.net.URLDecoder.decode(last, StandardCharsets.UTF_8);
    }

    private static void deleteTree(Path p) throws IOException {
        try (Stream<Path> all = Files.walk(p)) {
            for (Path q : all.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(q);
            }
        }
    }
}
