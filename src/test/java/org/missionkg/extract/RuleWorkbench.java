package org.missionkg.extract;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.RDFDataMgr;
import org.missionkg.GoldSets;
import org.missionkg.export.FactRows;
import org.missionkg.model.AnnotatedArticle;
import org.missionkg.model.Article;
import org.missionkg.model.Fact;
import org.missionkg.read.ArticleReader;
import org.missionkg.read.ArticleSources;
import org.missionkg.reference.Gazetteer;
import org.missionkg.resolve.ArticleMentions;

/**
 * A tool for people writing rules, not a test: loads CoreNLP once, annotates the gold corpora
 * once, then scores the rules against the gold every time a rules file or the gazetteer changes
 * on disk. Rule edits are checked in a second or two instead of a model load per try.
 *
 * <pre>
 *   mvn -q test-compile
 *   java -Xmx4g -cp target/test-classes:target/classes:$(cat target/classpath.txt) \
 *        org.missionkg.extract.RuleWorkbench [--once] [GOLD_DIR ...]
 * </pre>
 *
 * The seeds and the paraphrase set are always scored; each GOLD_DIR (after {@code --blind}: scored in the
 * summary line only, for sets nobody may tune on) (holding {@code articles/} and
 * {@code expected-facts.tsv}, e.g. src/test/resources/heldout) is scored after them. Writes {@code target/workbench/report.txt} (scores, missed and
 * spurious keys with the rule and sentence that made each spurious one) and
 * {@code target/workbench/explain/ID.txt} (slot views and fired rules per article) and
 * {@code target/workbench/facts-SET.tsv} (every fact in the gold layout with its dates, and the rule).
 */
public final class RuleWorkbench {
    /** A gold set; a blind one is scored in the summary only, with no missed, spurious or explained line to tune on. */
    record GoldSet(String name, Path articles, Path gold, boolean blind) {
        GoldSet(String name, Path articles, Path gold) {
            this(name, articles, gold, false);
        }
    }

    private final RuleBasedExtractor base;
    private final Map<GoldSet, List<AnnotatedArticle>> annotated = new LinkedHashMap<>();
    private final Path rulesDir = Path.of("src/main/resources/rules");
    private final Path grammarDir = Path.of("src/main/resources/grammar");
    private final Path gazetteerFile = Path.of("data/gazetteer.ttl");
    private final Path out = Path.of("target/workbench");

    private RuleWorkbench(RuleBasedExtractor base) {
        this.base = base;
    }

    public static void main(String[] args) throws Exception {
        boolean once = false;
        List<GoldSet> sets = new ArrayList<>();
        for (String always : GoldSets.ALWAYS_SCORED) {
            GoldSets.GoldSet s = GoldSets.named(always);
            sets.add(new GoldSet(s.name(), s.articles(), s.gold()));
        }
        boolean blind = false;
        for (String a : args) {
            if (a.equals("--once")) {
                once = true;
            } else if (a.equals("--blind")) {
                blind = true;
            } else {
                Path d = Path.of(a);
                sets.add(new GoldSet(d.getFileName().toString(), d.resolve("articles"), d.resolve("expected-facts.tsv"),
                        blind));
            }
        }
        RuleWorkbench wb = new RuleWorkbench(RuleBasedExtractor.create(ArticleMentions::over));
        for (GoldSet s : sets) {
            List<AnnotatedArticle> list = new ArrayList<>();
            for (Path f : ArticleSources.expand(List.of(s.articles())).files()) {
                for (Article a : ArticleReader.create().read(f)) {
                    list.add(wb.base.annotate(a));
                }
            }
            wb.annotated.put(s, list);
        }
        long seen = -1;
        while (true) {
            long stamp = wb.stamp();
            if (stamp != seen) {
                seen = stamp;
                try {
                    System.out.println(wb.run());
                } catch (RuntimeException e) {
                    System.out.println("RULES DO NOT LOAD: " + e.getMessage());
                }
                System.out.flush();
                if (once) {
                    return;
                }
            }
            Thread.sleep(700);
        }
    }

    private long stamp() throws IOException {
        long t = Files.getLastModifiedTime(gazetteerFile).toMillis();
        for (Path dir : List.of(rulesDir, grammarDir)) {
            try (Stream<Path> files = Files.list(dir)) {
                for (Path p : files.toList()) {
                    t = t * 31 + Files.getLastModifiedTime(p).toMillis();
                }
            }
        }
        return t;
    }

    private String run() throws IOException {
        Model m = ModelFactory.createDefaultModel();
        RDFDataMgr.read(m, gazetteerFile.toString());
        Files.createDirectories(out.resolve("explain"));
        GrammarRules grammar = GrammarRules.read(grammarDir);
        RuleBasedExtractor x = base.with(RuleBook.read(rulesDir), Gazetteer.load(m), grammar);
        GrammarExamples.Result examples = GrammarExamples.run(x, grammar);
        Files.write(out.resolve("grammar-examples.txt"), examples.silent().stream().map(l -> "silent: " + l).toList(),
                StandardCharsets.UTF_8);
        StringBuilder summary = new StringBuilder();
        StringBuilder report = new StringBuilder();
        for (Map.Entry<GoldSet, List<AnnotatedArticle>> e : annotated.entrySet()) {
            List<Fact> facts = new ArrayList<>();
            for (AnnotatedArticle a : e.getValue()) {
                facts.addAll(x.extract(a));
                if (!e.getKey().blind()) {
                    Files.write(out.resolve("explain").resolve(a.article().id() + ".txt"), x.explain(a), StandardCharsets.UTF_8);
                }
            }
            // Keyed by era: a mission name two missions answered to is scored as the one of the article's date.
            Map<String, java.time.LocalDate> published = new java.util.HashMap<>();
            for (AnnotatedArticle a : e.getValue()) {
                if (a.article().meta().published() != null) {
                    published.put(a.article().id(), a.article().meta().published().earliest());
                }
            }
            GoldComparison c = GoldComparison.compare(GoldComparison.gold(e.getKey().gold(), published),
                    GoldComparison.predicted(facts, published));
            if (e.getKey().blind()) {
                summary.append(c.summary(e.getKey().name() + "(blind)")).append("  ");
                // Per-kind scores only, as ExtractionQualityIT prints them: no line names a fact to tune on.
                report.append(e.getKey().name()).append(" (blind: per-kind scores only)\n");
                c.report(e.getKey().name()).lines().filter(l -> l.startsWith("  ") && l.contains(" P="))
                        .forEach(l -> report.append(l).append('\n'));
                report.append(MissedByMission.line(e.getKey().gold(), facts.stream().map(FactRows::row).toList(), published))
                        .append('\n').append(c.dateMisses()).append("\n\n");
                continue;
            }
            List<String> rows = new ArrayList<>();
            for (Fact f : facts) {
                rows.add(FactRows.row(f).tsv() + "\t" + f.provenance().rule());
            }
            Files.write(out.resolve("facts-" + e.getKey().name() + ".tsv"), rows, StandardCharsets.UTF_8);
            String r = c.report(e.getKey().name());
            report.append(r);
            report.append(MissedByMission.line(e.getKey().gold(), facts.stream().map(FactRows::row).toList(), published))
                    .append('\n').append(c.dateMisses()).append('\n');
            for (Fact f : facts) {
                FactRows.Row row = FactRows.row(f);
                String key = GoldComparison.key(row.kind(), row.subject(), row.relation(), row.object(), row.article(),
                        published.get(row.article()));
                if (c.spurious().contains(key)) {
                    report.append("    ").append(key).append("  <- ").append(f.provenance().rule()).append(": ")
                            .append(f.provenance().evidence().sentence().replace('\n', ' ')).append('\n');
                }
            }
            report.append('\n');
            summary.append(c.summary(e.getKey().name())).append("  ");
        }
        try {
            Files.writeString(out.resolve("report.txt"), report, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return java.time.LocalTime.now().withNano(0) + "  grammar examples " + (examples.total() - examples.silent().size()) + "/"
                + examples.total() + "  " + summary;
    }
}
