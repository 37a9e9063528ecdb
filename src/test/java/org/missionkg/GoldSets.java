package org.missionkg;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;
import org.missionkg.model.Article;
import org.missionkg.read.ArticleReader;
import org.missionkg.read.ArticleSources;

/**
 * The registry of gold sets, {@code src/test/resources/gold-sets.tsv}: each set's folder, whether it is tuned on or
 * blind, and the floors extraction is held to on it. The one list the quality test, the screen tests and the README
 * check read, so that a new set is one line there.
 *
 * <pre>
 *   for (GoldSets.GoldSet s : GoldSets.all()) { measure(s.articles(), s.gold(), s.minPrecision()); }
 * </pre>
 */
public final class GoldSets {
    /** The registry file. */
    public static final Path REGISTRY = Path.of("src/test/resources/gold-sets.tsv");
    /** The sets the rule workbench scores without being told (the README's workbench line names the others). */
    public static final List<String> ALWAYS_SCORED = List.of("seeds", "paraphrase");

    /**
     * One gold set.
     *
     * @param name            its folder's name under src/test/resources ({@code seeds}: the seed corpus)
     * @param blind           never tuned on: its misses are never printed
     * @param minPrecision    the precision extraction must reach on it
     * @param minRecall       the recall extraction must reach on it
     * @param minDateAccuracy the date accuracy it must reach, when the registry gives one
     */
    public record GoldSet(String name, boolean blind, double minPrecision, double minRecall,
                          OptionalDouble minDateAccuracy) {
        /** The folder of its articles. */
        public Path articles() {
            return name.equals("seeds") ? TestFiles.SEED_CORPUS : folder().resolve("articles");
        }

        /** Its gold facts (a TSV in the gold layout). */
        public Path gold() {
            return name.equals("seeds") ? TestFiles.shared("gold/seed-facts.tsv") : folder().resolve("expected-facts.tsv");
        }

        /** Its articles as the ingest reads them, file by file in the order the ingest takes them. */
        public List<Article> readArticles() {
            List<Article> read = new ArrayList<>();
            for (Path f : ArticleSources.expand(List.of(articles())).files()) {
                read.addAll(ArticleReader.create().read(f));
            }
            return read;
        }

        /** Its folder under src/test/resources (the seeds have none: their articles are the project's corpus). */
        public Path folder() {
            return Path.of("src/test/resources", name);
        }

        /** How the tests name it: {@code heldout3 (blind): precision >= 0.80, recall >= 0.60}. */
        @Override
        public String toString() {
            return String.format(Locale.ROOT, "%s (%s): precision >= %.2f, recall >= %.2f%s", name,
                    blind ? "blind" : "tuned", minPrecision, minRecall, minDateAccuracy.isPresent()
                            ? String.format(Locale.ROOT, ", dates >= %.2f", minDateAccuracy.getAsDouble()) : "");
        }
    }

    private GoldSets() {
    }

    /** Every set, in the registry's order. */
    public static List<GoldSet> all() {
        try {
            return parse(Files.readAllLines(REGISTRY));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The set of that name; fails when the registry has none. */
    public static GoldSet named(String name) {
        return all().stream().filter(s -> s.name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no gold set '" + name + "' in " + REGISTRY));
    }

    /** The registry's lines (comments start with {@code #}; the first other line is the header) as sets. */
    static List<GoldSet> parse(List<String> lines) {
        List<GoldSet> sets = new ArrayList<>();
        boolean header = true;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] c = line.strip().split("\t");
            String where = REGISTRY + " [line " + (i + 1) + "]: ";
            if (header) {
                if (!line.strip().equals("set\trole\tprecision\trecall\tdates")) {
                    throw new IllegalStateException(where + "header must be set, role, precision, recall, dates");
                }
                header = false;
                continue;
            }
            if (c.length != 5 || !(c[1].equals("tuned") || c[1].equals("blind"))) {
                throw new IllegalStateException(where + "want set, tuned|blind, precision, recall, dates (or -): " + line);
            }
            sets.add(new GoldSet(c[0], c[1].equals("blind"), Double.parseDouble(c[2]), Double.parseDouble(c[3]),
                    c[4].equals("-") ? OptionalDouble.empty() : OptionalDouble.of(Double.parseDouble(c[4]))));
        }
        return List.copyOf(sets);
    }
}
