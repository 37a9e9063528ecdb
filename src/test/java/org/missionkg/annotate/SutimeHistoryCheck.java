package org.missionkg.annotate;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.missionkg.model.AnnotatedArticle;
import org.missionkg.model.Article;

/**
 * Whether an article's annotations depend on what the process annotated before: every gold set's articles are
 * annotated in order, then again in reverse order, then by two threads at once, and each pass is compared with the
 * first, article by article (tuned sets' article ids are printed; blind sets' differences only counted).
 * {@code SutimeHistoryCheck [isolated|carried]}: with {@code carried}, SUTime keeps its marks from one sentence to
 * the next, as CoreNLP does ({@link IsolatedSutime#isolating} off).
 */
public final class SutimeHistoryCheck {
    private SutimeHistoryCheck() {
    }

    public static void main(String[] args) throws Exception {
        IsolatedSutime.isolating = !(args.length > 0 && args[0].equals("carried"));
        GoldSetArticles gold = GoldSetArticles.read();
        List<Article> articles = gold.articles();
        List<Boolean> blind = gold.blind();
        System.out.println(articles.size() + " articles; SUTime marks " + (IsolatedSutime.isolating ? "isolated" : "carried"));
        CoreNlpAnnotator nlp = CoreNlpAnnotator.create();
        List<AnnotatedArticle> first = articles.stream().map(nlp::annotate).toList();

        List<Article> reversed = new ArrayList<>(articles);
        Collections.reverse(reversed);
        List<AnnotatedArticle> back = new ArrayList<>(reversed.stream().map(nlp::annotate).toList());
        Collections.reverse(back);
        compare("reverse order", first, back, articles, blind);

        ExecutorService two = Executors.newFixedThreadPool(2);
        CoreNlpAnnotator second = CoreNlpAnnotator.create();
        List<Future<AnnotatedArticle>> futures = new ArrayList<>();
        for (int i = 0; i < articles.size(); i++) {
            Article a = articles.get(i);
            CoreNlpAnnotator worker = i % 2 == 0 ? nlp : second;
            futures.add(two.submit(() -> worker.annotate(a)));
        }
        List<AnnotatedArticle> parallel = new ArrayList<>();
        for (Future<AnnotatedArticle> f : futures) {
            parallel.add(f.get());
        }
        two.shutdown();
        compare("two threads", first, parallel, articles, blind);
    }

    private static void compare(String pass, List<AnnotatedArticle> first, List<AnnotatedArticle> other, List<Article> articles,
            List<Boolean> blind) {
        int differ = 0;
        int blindDiffer = 0;
        List<String> shown = new ArrayList<>();
        for (int i = 0; i < articles.size(); i++) {
            if (!first.get(i).equals(other.get(i))) {
                differ++;
                if (blind.get(i)) {
                    blindDiffer++;
                } else {
                    shown.add(articles.get(i).id());
                }
            }
        }
        System.out.printf(Locale.ROOT, "%s: %d of %d articles annotated differently (%d of them in blind sets)%s%n", pass, differ,
                articles.size(), blindDiffer, shown.isEmpty() ? "" : "; tuned: " + shown);
    }
}
