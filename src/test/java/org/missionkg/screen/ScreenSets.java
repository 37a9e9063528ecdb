package org.missionkg.screen;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.missionkg.GoldSets;
import org.missionkg.model.Article;

/** The gold sets the screen is measured on: their articles and the ids of those that hold a gold fact. */
public final class ScreenSets {
    /** A set of the registry with its articles read and the ids of those its gold names. */
    public record GoldSet(GoldSets.GoldSet set, List<Article> articles, Set<String> withFacts) {
        public String name() {
            return set.name();
        }

        /** Never tuned on: the screen is measured on it, not fitted to it. */
        public boolean blind() {
            return set.blind();
        }
    }

    private ScreenSets() {
    }

    /** Every set of the registry ({@link GoldSets}), in its order. */
    public static List<GoldSet> all() {
        return GoldSets.all().stream().map(ScreenSets::load).toList();
    }

    static GoldSet load(GoldSets.GoldSet set) {
        return new GoldSet(set, set.readArticles(), goldArticles(set.gold()));
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
