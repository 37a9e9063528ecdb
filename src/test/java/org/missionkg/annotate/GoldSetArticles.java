package org.missionkg.annotate;

import java.util.ArrayList;
import java.util.List;
import org.missionkg.GoldSets;
import org.missionkg.model.Article;

/**
 * Every article of every registered gold set, read once, with whether its set is blind: what the annotation checks
 * ({@link TimeScreenCheck}, {@link SutimeHistoryCheck}) run over, showing tuned sets' differences and only counting
 * blind ones.
 */
record GoldSetArticles(List<Article> articles, List<Boolean> blind) {
    static GoldSetArticles read() {
        List<Article> articles = new ArrayList<>();
        List<Boolean> blind = new ArrayList<>();
        for (GoldSets.GoldSet set : GoldSets.all()) {
            for (Article a : set.readArticles()) {
                articles.add(a);
                blind.add(set.blind());
            }
        }
        return new GoldSetArticles(articles, blind);
    }
}
