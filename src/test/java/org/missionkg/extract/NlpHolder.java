package org.missionkg.extract;

import java.util.List;
import java.util.Map;
import org.missionkg.model.Article;
import org.missionkg.model.ArticleMeta;
import org.missionkg.model.Fact;
import org.missionkg.model.FuzzyDate;
import org.missionkg.resolve.ArticleMentions;

/** One extractor (and so one CoreNLP load, ~20-40 s) for every test class in the run. */
public final class NlpHolder {
    private static RuleBasedExtractor extractor;

    private NlpHolder() {
    }

    public static synchronized RuleBasedExtractor extractor() {
        if (extractor == null) {
            extractor = RuleBasedExtractor.create(ArticleMentions::over);
        }
        return extractor;
    }

    /** The facts of one kind the extractor reads in a short article of this title, published on that day. */
    public static <T extends Fact> List<T> factsOf(Class<T> kind, String title, String published, String body) {
        Article a = new Article("test", title, body,
                new ArticleMeta(null, null, null, FuzzyDate.parse(published), null, "en", Map.of()), "0");
        return extractor().extract(a).stream().filter(kind::isInstance).map(kind::cast).toList();
    }
}
