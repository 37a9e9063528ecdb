package org.missionkg.screen;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.missionkg.TestFiles;
import org.missionkg.model.Article;
import org.missionkg.read.ArticleReader;
import org.missionkg.read.ArticleSources;

/** The gold sets the screen is measured on: their articles and the ids of those that hold a gold fact. */
public final class ScreenSets {
    public record GoldSet(String name, List<Article> articles, Set<String> withFacts) {
    }

    private ScreenSets() {
    }

    /** The seed corpus (data/articles, with its gold in ../shared) and the gold sets under src/test/resources. */
    public static List<GoldSet> all() {
        List<GoldSet> sets = new ArrayList<>();
        sets.add(load("seeds", TestFiles.SEED_CORPUS, TestFiles.shared("gold/seed-facts.tsv")));
        for (String name : List.of("paraphrase", "heldout", "heldout2", "heldout3", "newsdev", "newsdev2", "newsdev3", "newsdev4", "newsdev5", "heldout4",
                "heldout5", "heldout6", "heldout7")) {
            Path dir = Path.of("src/test/resources", name);
            sets.add(load(name, dir.resolve("articles"), dir.resolve("expected-facts.tsv")));
        }
        return sets;
    }

    static GoldSet load(String name, Path articles, Path gold) {
        List<Article> read = new ArrayList<>();
        for (Path f : ArticleSources.expand(List.of(articles)).files()) {
            read.addAll(ArticleReader.create().read(f));
        }
        return new GoldSet(name, read, goldArticles(gold));
    }

    /** The {@code article} column of a gold TSV. */
    static Set<String> goldArticles(Path tsv) {
        try {
            List<String> lines = Files.readAllLines(tsv);
            List<String> header = List.of(lines.get(0).split("\t", -1));
            int col = header.indexOf("article");
            Set<String> ids = new TreeSet<>();
            for (String line : lines.subList(1, lines.size())) {
                String[] cells = line.split("\t", -1);
                if (cells.length > col && !cells[col].isBlank() && !line.startsWith("#")) {
                    ids.add(cells[col].strip());
                }
            }
            return ids;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Map<String, Long> counts(List<Article> articles, RelevanceScreen screen) {
        Map<String, Long> out = new LinkedHashMap<>();
        for (Article a : articles) {
            out.merge(screen.judge(a).why(), 1L, Long::sum);
        }
        return out;
    }
}
