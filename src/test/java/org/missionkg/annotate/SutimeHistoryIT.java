package org.missionkg.annotate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.missionkg.model.AnnotatedArticle;
import org.missionkg.model.Article;
import org.missionkg.model.ArticleMeta;
import org.missionkg.model.FuzzyDate;
import org.missionkg.model.NerMention;

/**
 * An article's dates do not depend on what was annotated before it (loads CoreNLP). SUTime's tense rules mark a
 * weekday read near a past or future verb ("arrived on Thursday", "will leave on Thursday") as one to resolve to the
 * past or the future, and CoreNLP 4.5.10 writes that mark on the weekday's shared constant, where the next "Thursday"
 * anywhere in the process found it. Two workers read at once, each with its own SUTime, and get what one gets.
 */
class SutimeHistoryIT {
    private static CoreNlpAnnotator nlp;

    @BeforeAll
    static void load() {
        nlp = CoreNlpAnnotator.create();
    }

    /** A weekday with no verb of a tense near it, on a Monday's story: read the same after a past and a future one. */
    @Test
    void aWeekdayIsReadTheSameAfterAnyEarlierArticle() {
        Article b = article("b", "The handover ceremony in Gao is on Thursday, the ministry said.", LocalDate.of(2024, 3, 11));
        Article past = article("a1", "The last troops arrived on Thursday.", LocalDate.of(2023, 6, 5));
        Article future = article("a2", "The last troops will leave on Thursday.", LocalDate.of(2023, 6, 5));
        List<String> alone = dates(nlp.annotate(b));
        nlp.annotate(past);
        List<String> afterPast = dates(nlp.annotate(b));
        nlp.annotate(future);
        List<String> afterFuture = dates(nlp.annotate(b));
        assertEquals(List.of("2024-03-14"), alone, "closest Thursday to Monday 11 March 2024");
        assertEquals(alone, afterPast);
        assertEquals(alone, afterFuture);
    }

    /** The tense rules still work inside their own sentence. */
    @Test
    void aWeekdayNearAVerbOfATenseStillTakesItsTense() {
        assertEquals(List.of("2024-03-07"), dates(nlp.annotate(
                article("p", "The last troops arrived on Thursday.", LocalDate.of(2024, 3, 11)))));
        assertEquals(List.of("2024-03-14"), dates(nlp.annotate(
                article("f", "The last troops will leave on Thursday.", LocalDate.of(2024, 3, 11)))));
    }

    /**
     * Two workers annotating at the same time read their sentences on two SUTime extractors (no lock between them), and
     * every article gets the dates it gets when one worker reads them all in order.
     */
    @Test
    void twoWorkersAtOnceGetTheDatesOneWorkerGets() throws Exception {
        List<String> texts = List.of("The last troops arrived on Thursday.", "The last troops will leave on Thursday.",
                "The handover ceremony in Gao is on Thursday, the ministry said.",
                "The battalion left in March and will come back in September, a spokesman said on Monday.",
                "Patrols resumed last week after the general said they would stop on Friday.");
        List<Article> articles = new ArrayList<>();
        for (int i = 0; i < 150; i++) {
            articles.add(article("w" + i, texts.get(i % texts.size()), LocalDate.of(2020, 1, 6).plusDays(i * 11L)));
        }
        List<List<String>> alone = articles.stream().map(a -> dates(nlp.annotate(a))).toList();
        CoreNlpAnnotator other = CoreNlpAnnotator.create();
        ExecutorService workers = Executors.newFixedThreadPool(2);
        try {
            Future<List<List<String>>> first = workers.submit(() -> articles.stream().map(a -> dates(nlp.annotate(a))).toList());
            Future<List<List<String>>> second = workers.submit(() -> {
                List<List<String>> backwards = new ArrayList<>();
                for (int i = articles.size() - 1; i >= 0; i--) {
                    backwards.add(0, dates(other.annotate(articles.get(i))));
                }
                return backwards;
            });
            assertEquals(alone, first.get());
            assertEquals(alone, second.get());
        } finally {
            workers.shutdown();
        }
        IsolatedSutime sutime = nlp.isolatedSutime();
        assertTrue(sutime.pools() && sutime.undoesMarks(), "CoreNLP's extractor, its options and its rules are reachable");
        assertTrue(sutime.extractors() >= 2, "the two workers read at once, each on an extractor of its own: " + sutime.extractors());
    }

    private static List<String> dates(AnnotatedArticle a) {
        return a.sentences().stream().flatMap(s -> s.mentions().stream()).filter(m -> "DATE".equals(m.type()))
                .map(NerMention::normalized).toList();
    }

    private static Article article(String id, String text, LocalDate published) {
        return new Article(id, "test", text, new ArticleMeta(null, null, null, FuzzyDate.ofDay(published), null, null, Map.of()), "0");
    }
}
