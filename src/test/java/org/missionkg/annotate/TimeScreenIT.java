package org.missionkg.annotate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.missionkg.TestFiles;
import org.missionkg.model.AnnotatedArticle;
import org.missionkg.model.AnnotatedSentence;
import org.missionkg.model.Article;
import org.missionkg.model.ArticleMeta;
import org.missionkg.model.Token;
import org.missionkg.read.ArticleReader;
import org.missionkg.read.ArticleSources;

/** SUTime run only where {@link TimeScreen} lets it gives the same annotations as SUTime run everywhere (loads CoreNLP). */
class TimeScreenIT {
    private static CoreNlpAnnotator nlp;

    @BeforeAll
    static void load() {
        nlp = CoreNlpAnnotator.create();
    }

    @AfterAll
    static void screenBackOn() {
        nlp.screenTimeExpressions(true);
    }

    /**
     * Sentences the screen keeps from SUTime, among them ones built from the words SUTime's composite rules join to
     * a time ("last", "early", "the end of", "every", "exactly", "on the dot") and names that are also time zones:
     * SUTime itself, run on them, finds no time.
     */
    @Test
    void sutimeFindsNoTimeWhereTheScreenSendsNone() {
        nlp.screenTimeExpressions(false);
        for (String s : List.of(
                "The frigate joined the task force.",
                "Troops patrolled the border near the town.",
                "Turkey and Poland sent officers, exactly as planned.",
                "Israel, Egypt, Japan and Iceland sent observers.",
                "The EST team met officials at the end of the talks.",
                "This is the last of the vessels, early and on the dot.",
                "Every unit reported to the headquarters, and each crew stayed.",
                "It will be half to Poland and half to Turkey.",
                "The mission ended earlier than the talks, and later than the war.")) {
            AnnotatedArticle a = nlp.annotate(article(s));
            for (AnnotatedSentence sentence : a.sentences()) {
                for (Token t : sentence.tokens()) {
                    assertFalse(Set.of("DATE", "TIME", "DURATION", "SET").contains(t.ner()), s + ": " + t);
                }
            }
        }
    }

    /**
     * The seeds, the paraphrase set and the first held-out set, annotated with SUTime on every sentence and then
     * screened. (Both passes read each sentence as if nothing came before it, {@link IsolatedSutime}: until that, a
     * weekday's reading could depend on the sentences SUTime read before, and a warm-up pass gave both the same history.)
     */
    @Test
    void screenedAndUnscreenedAnnotationsAreTheSame() {
        List<Article> articles = new ArrayList<>();
        for (Path folder : List.of(TestFiles.SEED_CORPUS, Path.of("src/test/resources/paraphrase/articles"),
                Path.of("src/test/resources/heldout/articles"))) {
            for (Path f : ArticleSources.expand(List.of(folder)).files()) {
                articles.addAll(ArticleReader.create().read(f));
            }
        }
        assertTrue(articles.size() > 30, "articles read: " + articles.size());
        nlp.screenTimeExpressions(false);
        List<AnnotatedArticle> everywhere = articles.stream().map(nlp::annotate).toList();
        nlp.screenTimeExpressions(true);
        List<AnnotatedArticle> screened = articles.stream().map(nlp::annotate).toList();
        for (int i = 0; i < articles.size(); i++) {
            assertEquals(everywhere.get(i), screened.get(i), articles.get(i).id());
        }
    }

    private static Article article(String text) {
        return new Article("t", "test", text, ArticleMeta.empty(), "0");
    }
}
